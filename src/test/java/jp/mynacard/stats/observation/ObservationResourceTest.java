package jp.mynacard.stats.observation;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jp.mynacard.testsupport.ApiTest;
import jp.mynacard.testsupport.Csv;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static jp.mynacard.stats.series.CardResourceTest.DECIMALS;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

@ApiTest
class ObservationResourceTest {

    /** The SQL of a vintage and the in-memory index answer alike; municipal figures are never restated. */
    @Test
    void theNewestVintageMatchesTheLatestFigures() {
        String page = "/api/v1/observations?metric=cards-issued,cards-issued-rate&level=municipality&date=2021&limit=300";
        long newest = given().get("/api/v1/releases").then().extract().jsonPath().getList("data.id", Long.class)
                .stream().mapToLong(Long::longValue).max().orElseThrow();
        List<Object> latest = given().urlEncodingEnabled(false).get(page).then().statusCode(200)
                .extract().jsonPath().getList("data");
        given().urlEncodingEnabled(false).get(page + "&asOf=" + newest).then().statusCode(200)
                .header("Cache-Control", containsString("immutable"))
                .body("data", equalTo(latest))
                .body("data[0].areaCode", equalTo("011002")).body("data[0].date", equalTo("2021-01-01"));
        assertEquals(300, latest.size());
    }

    @Test
    void walkingEveryPageYieldsEveryRowExactlyOnce() {
        List<Map<String, Object>> all = given().queryParam("metric", "cards-issued,cards-issued-rate")
                .queryParam("level", "prefecture").queryParam("limit", "10000")
                .get("/api/v1/observations").then().statusCode(200).body("links.next", nullValue())
                .extract().jsonPath().getList("data");
        List<Object> walked = new ArrayList<>();
        String next = "/api/v1/observations?metric=cards-issued,cards-issued-rate&level=prefecture&limit=500";
        int pages = 0;
        while (next != null) {
            ExtractableResponse<Response> page = given().urlEncodingEnabled(false).get(next).then().statusCode(200).extract();
            walked.addAll(page.jsonPath().getList("data"));
            next = page.jsonPath().getString("links.next");
            if (next != null) {
                assertEquals("<" + next + ">; rel=\"next\"", page.header("Link"));
            }
            pages++;
        }
        assertEquals(all, walked);
        assertEquals(walked.size(), new HashSet<>(walked).size(), "no row twice");
        assertEquals((walked.size() + 499) / 500, pages);
        // 47 MIC dates x 47 prefectures x 2 metrics, plus the curated files' 2023-03-31 figures for 14 prefectures.
        assertEquals(47 * 47 * 2 + 14 * 2 + 12, walked.size());
    }

    @Test
    void filtersByAreaNameDateAndBreakdown() {
        given().queryParam("metric", "cards-issued").queryParam("area", "札幌市,Tokyo").queryParam("date", "2022-12-31")
                .get("/api/v1/observations").then().statusCode(200)
                .body("data", hasSize(2))
                .body("data[0].areaCode", equalTo("011002")).body("data[0].value", equalTo(1113718))
                .body("data[0].denominator", equalTo(1960668))
                .body("data[1].areaCode", equalTo("13")).body("data[1].value", equalTo(7985934));
        given().queryParam("metric", "cards-issued-rate").queryParam("area", "00").queryParam("date", "2022-12-31")
                .queryParam("category", "*").get("/api/v1/observations").then().statusCode(200)
                .body("data", hasSize(4))
                .body("data.find { it.category == 'designated-cities' }.value", equalTo(58.4f));
        given().queryParam("metric", "cards-issued").queryParam("date", "2022-12-31").queryParam("ageGroup", "20-24")
                .queryParam("sex", "*").get("/api/v1/observations").then().statusCode(200)
                .body("data", hasSize(3));
    }

    @Test
    void csvPageEqualsJsonPage() {
        List<Map<String, Object>> json = given().config(DECIMALS).queryParam("parent", "13").queryParam("limit", "100")
                .get("/api/v1/observations").then().extract().jsonPath().getList("data");
        ExtractableResponse<Response> csv = given().queryParam("parent", "13").queryParam("limit", "100")
                .queryParam("format", "csv").get("/api/v1/observations").then().statusCode(200).extract();
        assertNotNull(csv.header("Link"));
        assertEquals(Csv.asCells(json, Csv.header(csv)), Csv.rows(csv.asString()));
    }

    @Test
    void oneAreasSeries() {
        given().queryParam("metric", "cards-issued,cards-issued-rate").get("/api/v1/areas/011002/series").then()
                .statusCode(200)
                .body("area.nameJa", equalTo("札幌市"))
                .body("series[0].points", hasSize(47))
                .body("series[0].points[0].date", equalTo("2017-03-08")).body("series[0].points[0].value", equalTo(144447))
                .body("series[1].points.find { it.date == '2022-12-31' }.value", equalTo(56.8f))
                .body("series[1].points.find { it.date == '2022-12-31' }.numerator", equalTo(1113718));
        given().get("/api/v1/areas/011002/series").then().statusCode(400).body("errors[0].parameter", equalTo("metric"));
    }

    @Test
    void errorsNameTheParameter() {
        given().queryParam("limit", "0").get("/api/v1/observations").then().statusCode(400)
                .body("type", equalTo("/problems/invalid-parameter")).body("errors[0].parameter", equalTo("limit"));
        given().queryParam("cursor", "garbage!").get("/api/v1/observations").then().statusCode(400)
                .body("errors[0].parameter", equalTo("cursor"));
        given().queryParam("date", "yesterday").get("/api/v1/observations").then().statusCode(400)
                .body("errors[0].parameter", equalTo("date")).body("detail", containsString("YYYY-MM-DD"));
        given().queryParam("level", "town").get("/api/v1/observations").then().statusCode(400)
                .body("errors[0].parameter", equalTo("level"));
        given().queryParam("metric", "cards-isued").get("/api/v1/observations").then().statusCode(404)
                .body("type", equalTo("/problems/unknown-metric")).body("detail", containsString("cards-issued"));
        given().queryParam("area", "99").get("/api/v1/observations").then().statusCode(404)
                .body("type", equalTo("/problems/unknown-area"));
    }
}
