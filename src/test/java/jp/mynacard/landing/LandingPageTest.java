package jp.mynacard.landing;

import jp.mynacard.testsupport.ApiTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

@ApiTest
class LandingPageTest {

    @Test
    void showsTodaysHeadlineFiguresWithDatesAndSourcesAndWhereToGoNext() {
        given().get("/").then().statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Cache-Control", equalTo("public, max-age=60"))
                // cards held at the dashboard's newest month end (no rate printed for it); applications with their rate
                .body(containsString("<td class=\"value\">103,856,694 cards</td><td>2026-06-30</td>"))
                .body(containsString("<td class=\"value\">97,810,748 applications<br><small>78.0 %</small></td><td>2023-08-31</td>"))
                .body(containsString("保有枚数"))
                .body(containsString("href=\"/q/swagger-ui/\""))
                .body(containsString("href=\"/q/openapi\""))
                .body(containsString("href=\"/api/v1/sources\""))
                .body(containsString("データの利用条件 · Data licence"));
    }
}
