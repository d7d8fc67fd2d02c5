package jp.mynacard.stats.projection;

import jp.mynacard.stats.series.CardResourceTest;
import jp.mynacard.testsupport.ApiTest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Real figures: MIC's monthly tables (C4J), 沖縄県 36.9 % of cards issued on 2022-07-31 to 46.0 % on
 * 2022-12-31 (it had 54.6 % on 2023-03-31); the nation first at or above 50 % on 2022-10-31.
 */
@ApiTest
class ProjectionResourceTest {

    @Test
    void okinawaFromItsLastSixMonthlyFiguresOf2022() {
        given().config(CardResourceTest.DECIMALS).queryParam("area", "沖縄県").queryParam("metric", "cards-issued-rate")
                .queryParam("target", "50").queryParam("source", "C4J").queryParam("to", "2022-12-31")
                .get("/api/v1/projections").then().statusCode(200)
                .body("area.code", equalTo("47")).body("target.toString()", equalTo("50"))
                .body("status", equalTo("projected")).body("reachedOn", nullValue())
                .body("window.from", equalTo("2022-07-31")).body("window.to", equalTo("2022-12-31"))
                .body("window.points", equalTo(6))
                .body("figures.value", equalTo(List.of(new BigDecimal("36.9"), new BigDecimal("37.9"), new BigDecimal("39.2"),
                        new BigDecimal("41.0"), new BigDecimal("43.3"), new BigDecimal("46.0"))))
                .body("latest.date", equalTo("2022-12-31")).body("latest.value", equalTo(new BigDecimal("46.0")))
                .body("projections.method", equalTo(List.of("linear", "saturating")))
                .body("projections[0].pacePerYear", equalTo(new BigDecimal("21.696")))
                .body("projections[0].rSquared", equalTo(new BigDecimal("0.9687")))
                .body("projections[0].reachesOn", equalTo("2023-03-21"))
                .body("projections[0].earliest", equalTo("2023-02-18"))
                .body("projections[0].latest", equalTo("2023-05-12"))
                .body("projections[1].pacePerYear", equalTo(new BigDecimal("0.309")))
                .body("projections[1].reachesOn", equalTo("2023-04-01"))
                .body("method", containsString("95 % confidence interval"))
                .body("meta.count", equalTo(6)).body("meta.sources.id", equalTo(List.of("C4J")));
    }

    @Test
    void aTargetAlreadyMetIsReachedOnItsFirstDate() {
        given().queryParam("area", "00").queryParam("metric", "cards-issued-rate").queryParam("target", "50")
                .queryParam("source", "C4J").get("/api/v1/projections").then().statusCode(200)
                .body("status", equalTo("reached")).body("reachedOn", equalTo("2022-10-31"))
                .body("projections.reachesOn", equalTo(Arrays.asList(null, null)));
    }

    @Test
    void tooFewFiguresOrNoRateAreRefused() {
        given().queryParam("area", "47").queryParam("metric", "cards-held-rate").queryParam("target", "80")
                .get("/api/v1/projections").then().statusCode(400)
                .contentType("application/problem+json").body("type", equalTo("/problems/too-few-figures"))
                .body("detail", containsString("沖縄県 (47) has 2 figure(s) of cards-held-rate"));
        given().queryParam("area", "47").queryParam("metric", "cards-issued").queryParam("target", "80")
                .get("/api/v1/projections").then().statusCode(400)
                .body("type", equalTo("/problems/invalid-parameter")).body("errors[0].parameter", equalTo("metric"));
        for (String target : List.of("0", "101", "-5", "80%", "1e2")) {
            given().queryParam("area", "47").queryParam("metric", "cards-issued-rate").queryParam("target", target)
                    .get("/api/v1/projections").then().statusCode(400).body("errors[0].parameter", equalTo("target"));
        }
        given().queryParam("area", "47").queryParam("metric", "cards-issued-rate").get("/api/v1/projections")
                .then().statusCode(400).body("errors[0].parameter", equalTo("target"));
        given().queryParam("area", "47").queryParam("metric", "cards-issued-rate").queryParam("target", "80")
                .queryParam("points", "2").get("/api/v1/projections").then().statusCode(400)
                .body("errors[0].parameter", equalTo("points"));
    }

    @Test
    void csvHasOneRowPerFit() {
        String csv = given().header("Accept", "text/csv").queryParam("area", "47").queryParam("metric", "cards-issued-rate")
                .queryParam("target", "50").queryParam("source", "C4J").queryParam("to", "2022-12-31")
                .get("/api/v1/projections").then().statusCode(200).extract().asString();
        assertEquals("areaCode,metric,target,reachedOn,windowFrom,windowTo,points,method,pacePerYear,paceUnit,rSquared,"
                + "reachesOn,earliest,latest,note\r\n"
                + "47,cards-issued-rate,50,,2022-07-31,2022-12-31,6,linear,21.696,points/year,0.9687,2023-03-21,2023-02-18,"
                + "2023-05-12,\r\n"
                + "47,cards-issued-rate,50,,2022-07-31,2022-12-31,6,saturating,0.309,share of the distance to 100 % per year,"
                + "0.9609,2023-04-01,2023-02-23,2023-06-05,\r\n", csv);
    }
}
