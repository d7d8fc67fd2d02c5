package jp.mynacard.observation;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The vintage a query reads: the observations as the release {@code releaseId} (imported at
 * {@code importedAt}) left them, or, with {@code publishedBy}, as the publishers had published them by
 * that day. The releases resolve it (release.Vintage).
 */
public interface AsOf {

    long releaseId();

    OffsetDateTime importedAt();

    /** Null for a release's vintage. */
    LocalDate publishedBy();
}
