package jp.mynacard.stats;

import jp.mynacard.testsupport.ApiTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;

/** asOf=<date>: the figures as the publishers had published them by that day, whenever they were imported. */
@ApiTest
class PublicationVintageTest {

    @Test
    void whatTheOfficialFiguresSaidOn20230115() {
        given().queryParam("asOf", "2023-01-15").queryParam("metric", "cards-issued").get("/api/v1/issuances").then()
                .statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=60"))
                .body("series[0].points.date", everyItem(lessThanOrEqualTo("2023-01-15")))
                .body("series[0].points.find { it.date == '2022-12-31' }.value", equalTo(71905789))
                // MIC's table sets have no known publication date: each counts from its reference date.
                .body("meta.releases.find { it.name == 'mic-2022-12-31' }.publishedOn", equalTo(null));
        given().queryParam("asOf", "2023-01-15").get("/api/v1/summary").then().statusCode(200)
                .body("tiles.date", everyItem(lessThanOrEqualTo("2023-01-15")));
    }

    @Test
    void aDigitalAgencyFileCountsFromItsPublicationDate() {
        // The wide CSV of 2026-02-27 is out by 2026-03-01; the long one of 2026-07-31 (its older months too) is not.
        given().queryParam("asOf", "2026-03-01").queryParam("metric", "cards-held").queryParam("from", "2024-07")
                .get("/api/v1/issuances").then().statusCode(200)
                .body("series[0].points.find { it.date == '2025-02-28' }.source", equalTo("DA_CSV_WIDE_20260227"))
                .body("series[0].points.source", not(hasItem("DA_CSV_LONG_20260731")))
                .body("series[0].points.date", not(hasItem("2024-07-31")))
                .body("meta.releases.find { it.name == 'curated-da-dashboard-20260227' }.publishedOn", equalTo("2026-02-27"));
        given().queryParam("asOf", "2026-08-01").queryParam("metric", "cards-held").queryParam("from", "2024-07")
                .get("/api/v1/issuances").then().statusCode(200)
                .body("series[0].points.find { it.date == '2024-07-31' }.value", equalTo(93083991));
        List<String> names = given().queryParam("asOf", "2026-03-01").get("/api/v1/releases").then().statusCode(200)
                .extract().jsonPath().getList("data.name");
        org.junit.jupiter.api.Assertions.assertTrue(names.contains("curated-da-dashboard-20260227") && !names.contains("curated-da-dashboard-20260731"), names.toString());
    }
}
