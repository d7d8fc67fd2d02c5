package jp.mynacard.release;

import jp.mynacard.common.DatasetState;
import jp.mynacard.observation.AsOf;
import jp.mynacard.problem.ApiException;
import jp.mynacard.problem.ProblemType;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Map;

/**
 * The figures as they stood at some point, named by {@code asOf}:
 * <ul>
 * <li>a release id: right after that release, its figures and those of every earlier release, revisions
 * included, as they stood then (a release retracted later still counts); such answers never change;</li>
 * <li>a date: as the publishers had published them by that day ({@code publishedBy}): the figures of
 * releases published by then, a release of unknown publication counting each figure as published on
 * its own reference date; retracted releases never count. A release found later about an earlier day
 * changes that day's answer, so these are not immutable.</li>
 * </ul>
 * {@code releaseId} and {@code importedAt} are the release's, or for a date the newest release's.
 */
public record Vintage(long releaseId, OffsetDateTime importedAt, LocalDate publishedBy) implements AsOf {

    public static final String PARAMETER = DatasetState.AS_OF;

    public static Vintage resolve(String asOf, Map<Long, Release> releases) {
        if (asOf.chars().allMatch(Character::isDigit) && !asOf.isEmpty() && asOf.length() < 10) {
            Release release = releases.get(Long.parseLong(asOf));
            if (release == null) {
                throw new ApiException(ProblemType.UNKNOWN_RELEASE, "No release has the id " + asOf + "; see /api/v1/releases.");
            }
            return new Vintage(release.id(), release.importedAt(), null);
        }
        LocalDate day = day(asOf);
        Release newest = releases.values().stream().max(Comparator.comparingLong(r -> r.id()))
                .orElseThrow(() -> new ApiException(ProblemType.NO_DATA, "No release has been imported yet."));
        return new Vintage(newest.id(), newest.importedAt(), day);
    }

    /** Whether a release counts at this vintage (for a date: published by then, or of unknown publication). */
    public boolean includes(Release release) {
        if (publishedBy != null) {
            return release.retractedAt() == null && (release.publishedOn() == null || !release.publishedOn().isAfter(publishedBy));
        }
        return release.id() <= releaseId && (release.retractedAt() == null || release.retractedAt().isAfter(importedAt));
    }

    /** The part of an answer's key that names this vintage: a release id, or a date and the state of the releases. */
    public String state(String latestState) {
        return publishedBy == null ? "asof-" + releaseId : "published-" + publishedBy + "." + latestState;
    }

    private static LocalDate day(String date) {
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw ApiException.invalidParameter(PARAMETER, "must be a release id or a date YYYY-MM-DD, not '" + date + "'");
        }
    }
}
