package jp.mynacard.release;

import jp.mynacard.problem.ApiException;
import jp.mynacard.problem.ProblemType;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Map;

/**
 * The state of the data right after one release: its figures and those of every earlier release,
 * revisions included, as they stood then (a release retracted later still counts). {@code asOf}
 * names it by release id or by date (the newest release imported by the end of that day, Japan time).
 */
public record Vintage(long releaseId, OffsetDateTime importedAt) {

    public static final String PARAMETER = "asOf";
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    public static Vintage resolve(String asOf, Map<Long, Release> releases) {
        Release release;
        if (asOf.chars().allMatch(Character::isDigit) && !asOf.isEmpty() && asOf.length() < 10) {
            release = releases.get(Long.parseLong(asOf));
            if (release == null) {
                throw new ApiException(ProblemType.UNKNOWN_RELEASE, "No release has the id " + asOf + "; see /api/v1/releases.");
            }
        } else {
            OffsetDateTime endOfDay = endOfDay(asOf);
            release = releases.values().stream().filter(r -> !r.importedAt.isAfter(endOfDay))
                    .max(Comparator.comparingLong(r -> r.id))
                    .orElseThrow(() -> new ApiException(ProblemType.NO_DATA, "No release had been imported by " + asOf + "."));
        }
        return new Vintage(release.id, release.importedAt);
    }

    /** Whether a release counted at this vintage: imported by then, and not retracted before it. */
    public boolean includes(Release release) {
        return release.id <= releaseId && (release.retractedAt == null || release.retractedAt.isAfter(importedAt));
    }

    private static OffsetDateTime endOfDay(String date) {
        try {
            return LocalDate.parse(date).plusDays(1).atStartOfDay(JAPAN).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            throw ApiException.invalidParameter(PARAMETER, "must be a release id or a date YYYY-MM-DD, not '" + date + "'");
        }
    }
}
