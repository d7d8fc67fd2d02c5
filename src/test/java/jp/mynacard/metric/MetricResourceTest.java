package jp.mynacard.metric;

import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import jp.mynacard.testsupport.ApiTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

@ApiTest
class MetricResourceTest {

    @Test
    void catalogHasIssuedAndHeldWithTheirDefinitionNotes() {
        given().get("/api/v1/metrics").then().statusCode(200)
                .body("data.id", hasItems("applications", "cards-issued", "cards-issued-rate", "cards-held",
                        "cards-held-rate", "population", "health-insurance-registrations", "applications-by-channel"))
                .body("data.find { it.id == 'cards-issued' }.nameJa", equalTo("交付枚数（累計）"))
                .body("data.find { it.id == 'cards-issued' }.unit", equalTo("cards"))
                .body("data.find { it.id == 'cards-issued' }.definitionNotes", containsString("2023-06-30"))
                .body("data.find { it.id == 'cards-issued-rate' }.unit", equalTo("percent"))
                .body("data.find { it.id == 'population' }.unit", equalTo("persons"));
    }

    @Inject
    Pool pool;

    @Test
    void everyFigureIsInItsMetricsUnit() {
        List<String> strays = pool.query("""
                        SELECT DISTINCT o.metric_id || ' in ' || o.unit FROM observation o JOIN metric m ON m.id = o.metric_id
                         WHERE o.unit <> m.unit""").execute().await().indefinitely().stream().map(r -> r.getString(0)).toList();
        assertEquals(List.of(), strays);
        given().get("/api/v1/metrics/card-holders").then().statusCode(200).body("unit", equalTo("persons"));
        given().queryParam("metric", "card-holders").get("/api/v1/issuances").then().statusCode(200)
                .body("series[0].points.find { it.date == '2025-09-30' }.value", equalTo(99080000))
                .body("series[0].points.find { it.date == '2025-09-30' }.source", equalTo("LIMO103819"));
    }

    @Test
    void everyBreakdownCategoryHasJapaneseAndEnglishLabels() {
        List<String> unlabelled = pool.query("""
                        SELECT DISTINCT o.category FROM observation o LEFT JOIN category c ON c.id = o.category
                         WHERE o.category <> '' AND c.id IS NULL""").execute().await().indefinitely().stream()
                .map(r -> r.getString(0)).toList();
        assertEquals(List.of(), unlabelled);
        given().get("/api/v1/categories").then().statusCode(200)
                .body("data.find { it.id == 'special-wards-and-cities-excl-designated' }.nameJa", equalTo("特別区・市（指定都市を除く）"))
                .body("data.find { it.id == 'hospital' }.nameEn", equalTo("Hospitals"));
    }

    @Test
    void surveysAreACategoryOfTheCatalogAndEachFigureSaysHowItWasSampled() {
        given().queryParam("category", "surveys").get("/api/v1/metrics").then().statusCode(200)
                .body("data.id", hasItems("survey-card-held", "survey-awareness-know-content"));
        given().queryParam("metric", "survey-card-obtained-or-applying").get("/api/v1/areas/00/series").then().statusCode(200)
                .body("series[0].points.find { it.period == '2018-10' }.value", equalTo(27.2f))
                .body("series[0].points.find { it.period == '2018-10' }.note", containsString("method: probability sample"))
                .body("series[0].points.find { it.period == '2023' }.note", containsString("respondents: 18-19歳"))
                .body("series[0].points.find { it.period == '2023' }.note", containsString("method: web panel"));
    }

    @Test
    void filtersByCategory() {
        given().queryParam("category", "holders").get("/api/v1/metrics").then().statusCode(200)
                .body("meta.count", equalTo(3)).body("data.id", equalTo(List.of("cards-held", "cards-held-rate", "card-holders")))
                .body("data.category", everyItem(equalTo("holders")));
    }

    @Test
    void oneMetricAndUnknownMetric() {
        given().get("/api/v1/metrics/cards-held").then().statusCode(200)
                .body("nameEn", equalTo("Cards held"))
                .body("definitionNotes", containsString("2023-06-30"));
        given().get("/api/v1/metrics/cards-helt").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/unknown-metric"));
        given().queryParam("category", "nope").get("/api/v1/metrics").then().statusCode(400)
                .body("errors[0].parameter", equalTo("category"));
    }
}
