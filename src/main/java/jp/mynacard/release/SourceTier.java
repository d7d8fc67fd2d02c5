package jp.mynacard.release;

import java.util.Locale;

/**
 * How directly a source carries the publisher's own figure, best first: the order in which sources
 * answer one question (a metric, an area, a date) where several give a figure. Declared once for every
 * metric and derived from the source's stated reliability (data/README.md, sources.csv).
 */
public enum SourceTier {
    /** An official table or publication, a mirror of one, or a machine extraction of one (MIC, C4J). */
    OFFICIAL_TABLE,
    /** An official dashboard's own download (the Digital Agency's CSV). */
    OFFICIAL_DASHBOARD,
    /** News or a reference page quoting an official figure. */
    QUOTING_OFFICIAL,
    /** News or a reference page. */
    SECONDARY,
    /** A figure seen only where it cannot be checked (a code comment). */
    UNVERIFIED,
    /** An encyclopedia. */
    TERTIARY;

    /** The public name: official-table, official-dashboard, ... */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The tier of a reliability as sources.csv states it; an unstated one counts as secondary. */
    public static SourceTier of(String reliability) {
        String r = reliability == null ? "" : reliability.strip();
        if (r.startsWith("primary (official dashboard")) {
            return OFFICIAL_DASHBOARD;
        }
        if (r.startsWith("primary") || r.equals("secondary-machine-extraction of primary")) {
            return OFFICIAL_TABLE;
        }
        if (r.startsWith("secondary (quotes")) {
            return QUOTING_OFFICIAL;
        }
        if (r.equals("secondary-unverified")) {
            return UNVERIFIED;
        }
        return r.equals("tertiary") ? TERTIARY : SECONDARY;
    }
}
