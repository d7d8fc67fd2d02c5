package jp.mynacard.stats.series;

import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import jp.mynacard.testsupport.ApiTest;
import jp.mynacard.testsupport.Csv;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ApiTest
public class CardResourceTest {

    public static final RestAssuredConfig DECIMALS = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    @Test
    void tokyoCardsIssuedAt20221231() {
        given().config(DECIMALS).queryParam("area", "東京都").queryParam("from", "2022-12-31").queryParam("to", "2022-12-31")
                .get("/api/v1/issuances").then().statusCode(200)
                .body("area.code", equalTo("13"))
                .body("series.metric", equalTo(List.of("cards-issued", "cards-issued-rate", "cards-held", "cards-held-rate")))
                .body("series[0].points", hasSize(1))
                .body("series[0].points[0].value", equalTo(7985934))
                .body("series[0].points[0].denominator", equalTo(13794933))
                .body("series[0].points[0].basisDate", equalTo("2022-01-01"))
                .body("series[0].points[0].source", equalTo("C4J"))
                .body("series[1].points[0].value", equalTo(new java.math.BigDecimal("57.9")))
                .body("series[1].points[0].numerator", equalTo(7985934))
                .body("series[1].points[0].unit", equalTo("percent"))
                .body("series[1].points[0].precision", equalTo("exact"))
                .body("meta.releases[0].name", equalTo("mic-2022-12-31"))
                .body("meta.sources[0].id", equalTo("C4J"))
                .body("meta.metrics.find { it.id == 'cards-issued' }.definitionNotes", containsString("Not net of cards"))
                .body("meta.attribution", containsString("総務省"));
    }

    @Test
    void nationalSeriesCoversEveryMicDateAndTheLaterHolders() {
        given().get("/api/v1/issuances").then().statusCode(200)
                .body("area.code", equalTo("00"))
                .body("series[0].points.date", hasItems("2017-03-08", "2022-04-01", "2022-12-31", "2024-07-07"))
                .body("series[0].points.find { it.date == '2022-12-31' }.value", equalTo(71905789))
                .body("series[1].points.find { it.date == '2022-12-31' }.denominator", equalTo(125927902))
                .body("series[2].points.find { it.date == '2023-06-30' }.value", equalTo(88155973))
                // Stated in persons (ja.wikipedia): a figure of card-holders, not of cards held.
                .body("series[2].points.find { it.date == '2023-10-31' }", nullValue())
                .body("series[2].points.find { it.date == '2024-07-31' }.value", equalTo(93083991))
                .body("series[2].points.find { it.date == '2024-07-31' }.period", equalTo("2024-07"))
                .body("series[2].points.find { it.date == '2024-07-31' }.source", equalTo("DA_CSV_LONG_20260731"))
                .body("series[2].points.unit.unique()", equalTo(List.of("cards")));
    }

    @Test
    void applicationsSeries() {
        given().get("/api/v1/applications").then().statusCode(200)
                .body("series.metric", equalTo(List.of("applications", "application-rate")))
                .body("series[0].points.find { it.date == '2023-04-09' }.value", equalTo(96342452))
                .body("series[0].points.find { it.date == '2023-04-09' }.source", equalTo("DGYOSEI2023"))
                .body("series[0].points.find { it.date == '2021-03-31' }.precision", equalTo("approx_10k"));
        given().queryParam("metric", "applications-weekly").get("/api/v1/applications").then().statusCode(200)
                .body("series[0].points.find { it.date == '2023-07-09' }.value", equalTo(61164));
    }

    @Test
    void csvCarriesTheSameRowsAsJson() {
        List<Map<String, Object>> json = given().config(DECIMALS).queryParam("area", "13").get("/api/v1/issuances").then().statusCode(200)
                .extract().jsonPath().getList("series.points.flatten()");
        var csvResponse = given().header("Accept", "text/csv").queryParam("area", "13").get("/api/v1/issuances")
                .then().statusCode(200).contentType(containsString("text/csv")).extract();
        List<String> columns = Csv.header(csvResponse);
        assertEquals(Csv.asCells(json, columns), Csv.rows(csvResponse.asString()));
        assertTrue(json.size() > 47);
    }

    @Test
    void csvEqualsJsonForTheOtherSeriesEndpoints() {
        Map<String, String> endpoints = Map.of(
                "/api/v1/applications", "series.points.flatten()",
                "/api/v1/application-methods?area=011002", "data",
                "/api/v1/areas/011002/series?metric=cards-issued,cards-issued-rate", "series.points.flatten()");
        endpoints.forEach((path, rows) -> {
            List<Map<String, Object>> json = given().config(DECIMALS).urlEncodingEnabled(false).get(path).then()
                    .statusCode(200).extract().jsonPath().getList(rows);
            var csv = given().urlEncodingEnabled(false).header("Accept", "text/csv").get(path).then().statusCode(200).extract();
            assertEquals(Csv.asCells(json, Csv.header(csv)), Csv.rows(csv.asString()), path);
            assertTrue(!json.isEmpty(), path);
        });
    }

    @Test
    void excelCsvStartsWithAByteOrderMark() {
        byte[] body = given().queryParam("format", "csv-excel").queryParam("area", "13").get("/api/v1/issuances")
                .then().statusCode(200).extract().asByteArray();
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(body[0], body[1], body[2]));
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.contains("\r\ncards-issued,13,東京都,Tokyo,prefecture,2022-12-31,"), text.substring(0, 400));
    }

    @Test
    void errorsAreDocumentedProblems() {
        given().queryParam("area", "Tokio").get("/api/v1/issuances").then().statusCode(404)
                .body("type", equalTo("/problems/unknown-area")).body("detail", containsString("Tokyo"));
        given().queryParam("metric", "applications").get("/api/v1/issuances").then().statusCode(400)
                .body("type", equalTo("/problems/invalid-parameter")).body("errors[0].parameter", equalTo("metric"));
        given().queryParam("from", "2022-13").get("/api/v1/issuances").then().statusCode(400)
                .body("errors[0].parameter", equalTo("from"));
        given().queryParam("from", "2023").queryParam("to", "2022").get("/api/v1/issuances").then().statusCode(400)
                .body("errors[0].parameter", equalTo("from")).body("detail", containsString("after"));
        given().queryParam("format", "xml").get("/api/v1/issuances").then().statusCode(400)
                .body("errors[0].parameter", equalTo("format"));
    }
}
