package jp.mynacard.stats.compare;

import jp.mynacard.stats.series.CardResourceTest;
import io.restassured.path.json.JsonPath;
import jp.mynacard.testsupport.ApiTest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Real figures: MIC's table of 2022-12-31 (C4J), 沖縄県 46.0 %, 宮崎県 71.6 %, 千代田区 62.3 % of cards issued. */
@ApiTest
class CompareResourceTest {

    @Test
    void okinawaAgainstMiyazakiOnTheSameDate() {
        given().config(CardResourceTest.DECIMALS).queryParam("areas", "沖縄県").queryParam("base", "45")
                .queryParam("metric", "cards-issued-rate").queryParam("from", "2022-12-31").queryParam("to", "2022-12-31")
                .queryParam("source", "C4J")
                .get("/api/v1/compare").then().statusCode(200)
                .body("metric", equalTo("cards-issued-rate")).body("unit", equalTo("percent"))
                .body("base.code", equalTo("45")).body("areas.code", equalTo(List.of("47")))
                .body("rows", hasSize(1))
                .body("rows[0].date", equalTo("2022-12-31"))
                .body("rows[0].baseValue", equalTo(new BigDecimal("71.6")))
                .body("rows[0].values[0].areaCode", equalTo("47"))
                .body("rows[0].values[0].value", equalTo(new BigDecimal("46.0")))
                .body("rows[0].values[0].difference", equalTo(new BigDecimal("-25.6")))
                .body("rows[0].values[0].ratio", equalTo(new BigDecimal("0.6425")))
                .body("gaps", hasSize(0))
                .body("method", containsString("never filled"))
                .body("meta.count", equalTo(1)).body("meta.sources.id", equalTo(List.of("C4J")));
    }

    @Test
    void aMunicipalityAgainstTheNationLeavesItsMissingDatesEmpty() {
        JsonPath json = given().config(CardResourceTest.DECIMALS).queryParam("areas", "131016")
                .queryParam("metric", "cards-issued-rate").get("/api/v1/compare").then().statusCode(200)
                .body("base.code", equalTo("00")).extract().jsonPath();
        List<Map<String, Object>> rows = json.getList("rows");
        List<String> gaps = json.getList("gaps.find { it.areaCode == '131016' }.dates");
        int missing = 0;
        for (Map<String, Object> row : rows) {
            @SuppressWarnings("unchecked")
            Map<String, Object> cell = ((List<Map<String, Object>>) row.get("values")).get(0);
            if (cell.get("value") == null) {
                missing++;
                assertTrue(gaps.contains((String) row.get("date")), row.toString());
                assertNull(cell.get("difference"));
                assertNull(cell.get("ratio"));
            } else if ("2022-12-31".equals(row.get("date"))) {
                assertEquals(new BigDecimal("62.3"), cell.get("value"));
            }
        }
        assertEquals(gaps.size(), missing);
        assertTrue(missing > 0 && missing < rows.size(), "the nation has dates 千代田区 has not: " + missing + " of " + rows.size());
    }

    @Test
    void csvHasOneColumnPerAreaAndMeasure() {
        String csv = given().header("Accept", "text/csv").queryParam("areas", "47").queryParam("base", "45")
                .queryParam("metric", "cards-issued-rate").queryParam("from", "2022-12-31").queryParam("to", "2022-12-31")
                .queryParam("source", "C4J").get("/api/v1/compare").then().statusCode(200).extract().asString();
        assertEquals("date,value:45,value:47,difference:47,ratio:47\r\n2022-12-31,71.6,46.0,-25.6,0.6425\r\n", csv);
        String japanese = given().header("Accept", "text/csv").queryParam("lang", "ja").queryParam("areas", "47")
                .queryParam("base", "45").queryParam("metric", "cards-issued-rate").queryParam("from", "2022-12-31")
                .queryParam("to", "2022-12-31").queryParam("source", "C4J").get("/api/v1/compare").then().statusCode(200)
                .extract().asString();
        assertTrue(japanese.startsWith("基準日,値:宮崎県,値:沖縄県,差:沖縄県,比:沖縄県\r\n"), japanese);
    }

    @Test
    void badParametersAreProblems() {
        given().queryParam("metric", "cards-issued-rate").get("/api/v1/compare").then().statusCode(400)
                .body("type", equalTo("/problems/invalid-parameter")).body("errors[0].parameter", equalTo("areas"));
        given().queryParam("areas", "01,02,03,04,05,06,07,08,09,10,11").queryParam("metric", "cards-issued-rate")
                .get("/api/v1/compare").then().statusCode(400).body("errors[0].parameter", equalTo("areas"));
        given().queryParam("areas", "47,45").queryParam("metric", "cards-issued,cards-issued-rate").get("/api/v1/compare")
                .then().statusCode(400).body("errors[0].parameter", equalTo("metric"));
        given().queryParam("areas", "47,Okinawaa").queryParam("metric", "cards-issued-rate").get("/api/v1/compare")
                .then().statusCode(404).body("type", equalTo("/problems/unknown-area"));
        given().queryParam("areas", "47").queryParam("metric", "cards-isued-rate").get("/api/v1/compare")
                .then().body("type", equalTo("/problems/unknown-metric"));
    }
}
