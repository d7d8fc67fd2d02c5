package jp.mynacard.metric;

import jp.mynacard.testsupport.ApiTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;

@ApiTest
class MetricResourceTest {

    @Test
    void catalogHasIssuedAndHeldWithTheirDefinitionNotes() {
        given().get("/api/v1/metrics").then().statusCode(200)
                .body("data.id", hasItems("applications", "cards-issued", "cards-issued-rate", "cards-held",
                        "cards-held-rate", "population", "health-insurance-registrations", "applications-by-channel"))
                .body("data.find { it.id == 'cards-issued' }.nameJa", equalTo("交付枚数（累計）"))
                .body("data.find { it.id == 'cards-issued' }.unit", equalTo("count"))
                .body("data.find { it.id == 'cards-issued' }.definitionNotes", containsString("2023-06-30"))
                .body("data.find { it.id == 'cards-issued-rate' }.unit", equalTo("percent"))
                .body("data.find { it.id == 'population' }.unit", equalTo("persons"));
    }

    @Test
    void filtersByCategory() {
        given().queryParam("category", "holders").get("/api/v1/metrics").then().statusCode(200)
                .body("meta.count", equalTo(2))
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
