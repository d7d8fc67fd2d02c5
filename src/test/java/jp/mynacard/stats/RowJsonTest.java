package jp.mynacard.stats;

import jp.mynacard.stats.ranking.RegionalRateRow;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.mynacard.observation.ObservationRow;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The hand-written row serializers write every component of their record, in order, and leave nulls out. */
class RowJsonTest {

    private static final LocalDate DAY = LocalDate.of(2022, 12, 31);
    private static final LocalDate BASIS = LocalDate.of(2022, 1, 1);

    private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @Test
    void observationRowWritesEveryComponent() throws Exception {
        ObservationRow row = new ObservationRow("cards-issued-rate", "131016", "千代田区", "Chiyoda", "municipality", DAY, DAY,
                "as-of", "2022-12-31", "20-24", "female", "designated-cities", new BigDecimal("70.0"), "percent", "exact",
                new BigDecimal("47131"), 67216L, BASIS, "C4J", 47, "a note", 99);
        assertEquals(components(row), written(row));
    }

    @Test
    void regionalRateRowWritesEveryComponent() throws Exception {
        RegionalRateRow row = new RegionalRateRow(1, "45", "宮崎県", "Miyazaki", "cards-issued-rate", DAY, new BigDecimal("68.2"),
                "percent", "exact", new BigDecimal("731713"), 1072798L, BASIS, new BigDecimal("57.1"), new BigDecimal("11.1"),
                "C4J", 47);
        assertEquals(components(row), written(row));
    }

    @Test
    void nullsAreLeftOut() throws Exception {
        ObservationRow row = new ObservationRow("cards-issued", "00", "全国", null, "nation", DAY, DAY, "as-of", "2022-12-31",
                null, null, null, new BigDecimal("88155973"), "cards", "exact", null, null, null, "MIC", 3, null, 1);
        assertEquals(List.of("metric", "areaCode", "areaNameJa", "areaLevel", "date", "periodStart", "periodKind", "period",
                "value", "unit", "precision", "source", "release"), List.copyOf(written(row).keySet()));
    }

    private Map<String, String> written(Record row) throws Exception {
        Map<String, Object> parsed = json.readValue(json.writeValueAsString(row), new TypeReference<LinkedHashMap<String, Object>>() { });
        Map<String, String> values = new LinkedHashMap<>();
        parsed.forEach((name, value) -> values.put(name, value.toString()));
        return values;
    }

    /** What the record holds, by component, as text: the expected JSON fields. */
    private static Map<String, String> components(Record row) {
        Map<String, String> values = new LinkedHashMap<>();
        Arrays.stream(row.getClass().getRecordComponents())
                .filter(c -> !c.getAccessor().isAnnotationPresent(JsonIgnore.class))
                .forEach(c -> {
                    try {
                        values.put(c.getName(), c.getAccessor().invoke(row).toString());
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                });
        return values;
    }
}
