package jp.mynacard.stats.standings;

import jp.mynacard.stats.series.CardResourceTest;
import jp.mynacard.testsupport.ApiTest;
import jp.mynacard.testsupport.Csv;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Real figures, MIC's tables (C4J), cards issued per population: on 2022-12-31 the nation 57.1 %, 宮崎県
 * 71.6 %, 愛媛県 62.5 %, 沖縄県 46.0 %, 群馬県 51.2 %; on 2021-12-01 鹿児島県 37.5 % (33rd), on
 * 2022-12-31 60.5 % (8th); 京都府 40.4 % (13th), then 55.8 % (32nd).
 */
@ApiTest
class StandingsAndMoversTest {

    @Test
    void prefecturesMoreThanFivePointsFromTheNation() {
        given().config(CardResourceTest.DECIMALS).queryParam("date", "2022-12-31").get("/api/v1/standings").then()
                .statusCode(200).body("date", equalTo("2022-12-31")).body("k.toString()", equalTo("5"))
                .body("leading.areaCode", equalTo(List.of("45", "38")))
                .body("leading.differenceFromNational", equalTo(List.of(new BigDecimal("14.5"), new BigDecimal("5.4"))))
                .body("lagging.areaCode", equalTo(List.of("47", "10", "39", "15", "20")))
                .body("lagging[0].value", equalTo(new BigDecimal("46.0")))
                .body("lagging[0].nationalValue", equalTo(new BigDecimal("57.1")))
                .body("lagging[0].rank", equalTo(47))
                .body("method", containsString("more than k above it"))
                .body("meta.count", equalTo(7));
    }

    @Test
    void aWiderMarginAsCsvListsLeadingThenLagging() {
        String csv = given().queryParam("date", "2022-12-31").queryParam("k", "10").queryParam("format", "csv")
                .get("/api/v1/standings").then().statusCode(200).extract().asString();
        List<Map<String, String>> rows = Csv.rows(csv);
        assertEquals(List.of("45", "47"), rows.stream().map(r -> r.get("areaCode")).toList());
        assertEquals(List.of("14.5", "-11.1"), rows.stream().map(r -> r.get("differenceFromNational")).toList());
    }

    @Test
    void biggestMoversOf2022() {
        given().config(CardResourceTest.DECIMALS).queryParam("from", "2021").queryParam("to", "2022")
                .get("/api/v1/movers").then().statusCode(200)
                .body("from", equalTo("2021-12-01")).body("to", equalTo("2022-12-31")).body("sort", equalTo("change"))
                .body("data.size()", equalTo(47)).body("unmatched", empty())
                .body("data[0].areaCode", equalTo("46"))
                .body("data[0].valueFrom", equalTo(new BigDecimal("37.5")))
                .body("data[0].valueTo", equalTo(new BigDecimal("60.5")))
                .body("data[0].change", equalTo(new BigDecimal("23.0")))
                .body("data[0].rankFrom", equalTo(33)).body("data[0].rankTo", equalTo(8))
                .body("data[0].rankChange", equalTo(25))
                .body("method", containsString("rankChange = rankFrom - rankTo"));
    }

    @Test
    void biggestFallInRankAsCsv() {
        var response = given().queryParam("from", "2021").queryParam("to", "2022").queryParam("sort", "rank")
                .queryParam("order", "asc").queryParam("format", "csv").get("/api/v1/movers").then().statusCode(200).extract();
        assertEquals(List.of("areaCode", "areaNameJa", "areaNameEn", "unit", "valueFrom", "valueTo", "change", "rankFrom",
                "rankTo", "rankChange", "sourceFrom", "sourceTo"), Csv.header(response));
        assertEquals(Map.ofEntries(Map.entry("areaCode", "26"), Map.entry("areaNameJa", "京都府"),
                Map.entry("areaNameEn", "Kyoto"), Map.entry("unit", "percent"), Map.entry("valueFrom", "40.4"),
                Map.entry("valueTo", "55.8"), Map.entry("change", "15.4"), Map.entry("rankFrom", "13"),
                Map.entry("rankTo", "32"), Map.entry("rankChange", "-19"), Map.entry("sourceFrom", "C4J"),
                Map.entry("sourceTo", "C4J")), Csv.rows(response.asString()).get(0));
    }

    @Test
    void badQuestionsAreRefusedWithTheParameter() {
        given().get("/api/v1/movers").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].parameter", equalTo("from"));
        given().queryParam("from", "2022").queryParam("to", "2021").get("/api/v1/movers").then().statusCode(400)
                .body("detail", containsString("it gives 2022-12-31, and `to` gives 2021-12-01"));
        given().queryParam("from", "2021-13").get("/api/v1/movers").then().statusCode(400)
                .body("errors[0].parameter", equalTo("from"));
        given().queryParam("k", "-1").get("/api/v1/standings").then().statusCode(400)
                .body("errors[0].parameter", equalTo("k"));
    }
}
