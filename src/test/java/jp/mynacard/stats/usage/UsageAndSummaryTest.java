package jp.mynacard.stats.usage;

import jp.mynacard.testsupport.ApiTest;
import jp.mynacard.testsupport.Csv;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static jp.mynacard.stats.series.CardResourceTest.DECIMALS;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@ApiTest
class UsageAndSummaryTest {

    @Test
    void healthInsuranceUsage() {
        given().get("/api/v1/service-usage/health-insurance").then().statusCode(200)
                .body("services", hasSize(1))
                .body("services[0].nameEn", equalTo("Health insurance card"))
                .body("services[0].series.find { it.metric == 'health-insurance-usage-rate' }.points.find { it.period == '2024-07' }.value",
                        equalTo(11.13f))
                .body("services[0].series.find { it.metric == 'health-insurance-card-uses' }.points.find { it.category == 'hospital' && it.period == '2024-07' }.value",
                        equalTo(2523378))
                .body("services[0].series.find { it.metric == 'health-insurance-registrations' }.points.find { it.date == '2025-09-30' }.value",
                        equalTo(86547847))
                .body("services[0].series.find { it.metric == 'health-insurance-registrants' }.points.find { it.date == '2025-09-30' }.value",
                        equalTo(86550000))
                .body("meta.note", containsString("sparse"));
    }

    @Test
    void everyServiceAndPeriodsAsPublished() {
        given().get("/api/v1/service-usage").then().statusCode(200)
                .body("services.service", equalTo(List.of("health-insurance", "public-fund-account",
                        "convenience-store-certificates", "e-tax", "mynaportal")))
                .body("services[2].series[0].points.find { it.period == 'FY2023' }.value", equalTo(31890000))
                .body("services[2].series[0].points.find { it.period == 'FY2023' }.periodStart", equalTo("2023-04-01"))
                .body("services[2].series[0].points.find { it.period == 'FY2023' }.date", equalTo("2024-03-31"))
                .body("services[3].series.find { it.metric == 'e-tax-smartphone-card-method' }.points[0].period", equalTo("TY2020"))
                .body("services[4].series[0].points[0].value", equalTo(18321000));
    }

    @Test
    void serviceUsageCsvEqualsJson() {
        List<Map<String, Object>> json = given().config(DECIMALS).get("/api/v1/service-usage").then().extract().jsonPath()
                .getList("services.series.flatten().points.flatten()");
        var csv = given().header("Accept", "text/csv").get("/api/v1/service-usage").then().statusCode(200).extract();
        assertEquals(Csv.asCells(json, Csv.header(csv)), Csv.rows(csv.asString()));
        assertEquals(82 + 27 + 22, json.size(), "every row of service_usage.csv, the dashboard's 27 registration figures "
                + "and 22 national service figures of news_quoted_points.csv");
    }

    @Test
    void unknownService() {
        given().get("/api/v1/service-usage/passport").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/unknown-service")).body("detail", containsString("health-insurance"));
    }

    @Test
    void applicationMethodsAreHonestlyEmptyNationally() {
        given().get("/api/v1/application-methods").then().statusCode(200)
                .body("area.code", equalTo("00")).body("data", empty())
                .body("meta.note", containsString("No national"));
        given().queryParam("area", "札幌市").get("/api/v1/application-methods").then().statusCode(200)
                .body("data", hasSize(2))
                .body("data[0].category", equalTo("pop-up-desk"))
                .body("data[0].value", equalTo(110000)).body("data[0].precision", equalTo("approx_10k"))
                .body("data[0].period", equalTo("2021-07..2022-07"));
    }

    @Test
    void summaryTiles() {
        given().get("/api/v1/summary").then().statusCode(200)
                .body("tiles.metric", equalTo(List.of("cards-held", "applications", "cards-issued", "health-insurance-registrations")))
                .body("meta.count", equalTo(4))
                // The dashboard's newest month end; it printed no holders rate after 2026-01, so none is paired.
                .body("tiles[0].value", equalTo(103856694)).body("tiles[0].date", equalTo("2026-06-30"))
                .body("tiles[0].source", equalTo("DA_CSV_LONG_20260731")).body("tiles[0].rate", nullValue())
                .body("tiles[0].previousDate", equalTo("2026-05-31")).body("tiles[0].changeSincePrevious", equalTo(413500))
                .body("tiles[0].yearEarlierDate", equalTo("2025-06-30")).body("tiles[0].changeSinceYearEarlier", equalTo(5520533))
                .body("tiles[3].value", equalTo(93915443)).body("tiles[3].source", equalTo("DA_CSV_LONG_20260731"))
                .body("meta.note", containsString("unverified"));
    }

    @Test
    void summaryCsvEqualsJson() {
        List<Map<String, Object>> json = given().config(DECIMALS).get("/api/v1/summary").then().extract().jsonPath()
                .getList("tiles");
        var csv = given().queryParam("format", "csv").get("/api/v1/summary").then().statusCode(200).extract();
        assertEquals(Csv.asCells(json, Csv.header(csv)), Csv.rows(csv.asString()));
    }
}
