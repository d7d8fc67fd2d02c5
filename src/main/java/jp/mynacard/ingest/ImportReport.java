package jp.mynacard.ingest;

import java.util.List;

/** What an import did: releases written (with their ids) and inputs already present (a no-op). */
public record ImportReport(List<Entry> created, List<Entry> unchanged) {

    public record Entry(long releaseId, String name, java.time.LocalDate referenceDate, String checksum,
                        int observationCount) {
    }

    public int observationCount() {
        return created.stream().mapToInt(Entry::observationCount).sum();
    }
}
