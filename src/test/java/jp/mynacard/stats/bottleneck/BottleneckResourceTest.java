package jp.mynacard.stats.bottleneck;

import jp.mynacard.stats.series.CardResourceTest;
import jp.mynacard.testsupport.ApiTest;
import jp.mynacard.testsupport.Csv;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Real figures for the nation: on 2022-08-31 64,060,000 valid applications (Digital Agency report,
 * DAREPORT2023) and 59,660,827 cards issued (MIC, C4J); on 2021-06-06 50,000,476 and 40,848,199 (西日本新聞,
 * NISHINIPPON2021); on 2023-07-31 97,600,000 applications and 89,040,000 cards held (DAREPORT2023).
 */
@ApiTest
class BottleneckResourceTest {

    @Test
    void theNationsApplicationsBesideItsCards() {
        given().config(CardResourceTest.DECIMALS).get("/api/v1/bottlenecks").then().statusCode(200)
                .body("area.code", equalTo("00"))
                .body("data.date", hasItem("2022-08-31"))
                .body("data.find { it.date == '2022-08-31' }.applications.toString()", equalTo("64060000"))
                .body("data.find { it.date == '2022-08-31' }.applicationsSource", equalTo("DAREPORT2023"))
                .body("data.find { it.date == '2022-08-31' }.cardsIssued.toString()", equalTo("59660827"))
                .body("data.find { it.date == '2022-08-31' }.cardsIssuedSource", equalTo("C4J"))
                .body("data.find { it.date == '2022-08-31' }.applicationsAheadOfIssued.toString()", equalTo("4399173"))
                .body("data.find { it.date == '2022-08-31' }.issuedPerApplication", equalTo(new BigDecimal("0.9313")))
                .body("data.find { it.date == '2022-08-31' }.previousDate", equalTo("2021-06-06"))
                .body("data.find { it.date == '2022-08-31' }.applicationsAdded.toString()", equalTo("14059524"))
                .body("data.find { it.date == '2022-08-31' }.cardsIssuedAdded.toString()", equalTo("18812628"))
                .body("data.find { it.date == '2023-07-31' }.cardsHeld.toString()", equalTo("89040000"))
                .body("data.find { it.date == '2023-07-31' }.heldPerApplication", equalTo(new BigDecimal("0.9123")))
                .body("data.find { it.date == '2023-07-31' }.cardsIssued", nullValue())
                .body("applicationsOnly", hasItem("2018-06-26"))
                .body("caveats", hasItem(containsString("cards-issued: Not net of cards later cancelled")))
                .body("method", containsString("never paired, filled or interpolated"));
    }

    @Test
    void csvHasOneRowPerDate() {
        var response = given().queryParam("from", "2022-08-31").queryParam("to", "2022-08-31").queryParam("format", "csv")
                .get("/api/v1/bottlenecks").then().statusCode(200).extract();
        List<Map<String, String>> rows = Csv.rows(response.asString());
        assertEquals(1, rows.size());
        assertEquals(Map.ofEntries(Map.entry("date", "2022-08-31"), Map.entry("applications", "64060000"),
                Map.entry("applicationsSource", "DAREPORT2023"), Map.entry("cardsIssued", "59660827"),
                Map.entry("cardsIssuedSource", "C4J"), Map.entry("cardsHeld", ""), Map.entry("cardsHeldSource", ""),
                Map.entry("applicationsAheadOfIssued", "4399173"), Map.entry("issuedPerApplication", "0.9313"),
                Map.entry("heldPerApplication", ""), Map.entry("previousDate", ""), Map.entry("applicationsAdded", ""),
                Map.entry("cardsIssuedAdded", "")), rows.get(0));
    }

    @Test
    void anAreaWithoutApplicationsIsNotFound() {
        given().queryParam("area", "沖縄県").get("/api/v1/bottlenecks").then().statusCode(404)
                .contentType("application/problem+json").body("type", equalTo("/problems/no-data"))
                .body("detail", containsString("沖縄県 (47) has no date"));
    }
}
