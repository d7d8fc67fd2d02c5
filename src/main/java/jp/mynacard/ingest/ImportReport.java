package jp.mynacard.ingest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** What an import did: releases written (with their ids) and inputs already present (a no-op). */
public record ImportReport(List<Entry> created, List<Entry> unchanged) {

    /** One release; the counts are known for releases written by this import. */
    public record Entry(long releaseId, String name, LocalDate referenceDate, String checksum, int observationCount,
                        @Schema(nullable = true, description = "Figures per metric; only for a release this import wrote.")
                        Map<String, Long> byMetric,
                        @Schema(nullable = true, description = "Figures per area level; only for a release this import wrote.")
                        Map<String, Long> byAreaLevel,
                        @Schema(nullable = true, description = "What the files held that no metric takes, by name (for "
                                + "example an indicator of the Digital Agency's CSV this version does not know); only for a "
                                + "release this import wrote.") List<String> ignored) {

        static Entry written(long id, ReleaseDraft draft) {
            return new Entry(id, draft.name(), draft.referenceDate(), draft.checksum(), draft.observations().size(),
                    count(draft, ObservationRecord::metricId), count(draft, o -> level(o.areaCode())), draft.ignored());
        }

        private static Map<String, Long> count(ReleaseDraft draft, java.util.function.Function<ObservationRecord, String> key) {
            return draft.observations().stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
        }

        private static String level(String areaCode) {
            return areaCode.length() == 6 ? "municipality" : "00".equals(areaCode) ? "nation" : "prefecture";
        }
    }

    public int observationCount() {
        return created.stream().mapToInt(Entry::observationCount).sum();
    }
}
