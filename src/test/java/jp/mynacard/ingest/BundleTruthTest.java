package jp.mynacard.ingest;

import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import jp.mynacard.testsupport.ApiTest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every figure of every shipped file is served exactly: the whole bundle, read by the importer, against
 * every current figure the API lists (all breakdowns, every source), field by field; a figure revised
 * by a later file counts with its revision, one restated unchanged with its first statement.
 */
@ApiTest
class BundleTruthTest {

    private static final RestAssuredConfig DECIMALS = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    @Inject
    Importer importer;

    @Test
    void everyFigureOfEveryShippedFileIsServedExactly() {
        Map<String, List<String>> expected = new HashMap<>();
        ImportParser parser = new ImportParser(importer.loadReferenceData().await().indefinitely());
        for (ImportInput input : ImportParser.inOrder(BundledDataset.inputs())) {
            parser.parse(input).observations().forEach(o -> expected.merge(key(o.metricId(), o.areaCode(), o.period().start().toString(),
                    o.period().end().toString(), o.ageGroup(), o.sex(), o.category(), o.sourceId()), List.of(
                    o.value().toPlainString(), o.unit(), o.precision(), Objects.toString(o.denominator()),
                    Objects.toString(o.basisDate()), o.period().kind(), o.period().label(), Objects.toString(o.note())),
                    BundleTruthTest::latestStatement));
        }
        Map<String, List<String>> served = new HashMap<>();
        String next = "/api/v1/observations?ageGroup=*&sex=*&category=*&limit=10000";
        while (next != null) {
            JsonPath page = given().config(DECIMALS).urlEncodingEnabled(false).get(next).then().statusCode(200).extract().jsonPath();
            for (Map<String, Object> r : page.<Map<String, Object>>getList("data")) {
                served.put(key(r.get("metric"), r.get("areaCode"), r.get("periodStart"), r.get("date"), blank(r.get("ageGroup")),
                        blank(r.get("sex")), blank(r.get("category")), r.get("source")), List.of(
                        plain(r.get("value")), (String) r.get("unit"), (String) r.get("precision"), Objects.toString(r.get("denominator")),
                        Objects.toString(r.get("basisDate")), (String) r.get("periodKind"), (String) r.get("period"),
                        Objects.toString(r.get("note"))));
            }
            next = page.getString("links.next");
        }
        assertTrue(expected.size() > 178_000, expected.size() + " figures in the bundle");
        List<String> differences = new ArrayList<>();
        expected.forEach((key, figure) -> {
            if (!figure.equals(served.get(key))) {
                differences.add(key + ": shipped " + figure + ", served " + served.get(key));
            }
        });
        served.keySet().stream().filter(key -> !expected.containsKey(key)).forEach(key -> differences.add(key + ": served, not shipped"));
        assertEquals(List.of(), differences.stream().limit(20).toList(), differences.size() + " differences");
    }

    /**
     * The figure a later statement leaves current: a revision (another value, unit, precision, denominator
     * or basis date) replaces it; a restatement of the same figure keeps the first, with its own note.
     */
    private static List<String> latestStatement(List<String> first, List<String> later) {
        return first.subList(0, 5).equals(later.subList(0, 5)) ? first : later;
    }

    private static String key(Object... parts) {
        return String.join("|", java.util.Arrays.stream(parts).map(String::valueOf).toList());
    }

    private static String blank(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String plain(Object value) {
        return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }
}
