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
                // cards held: 100,129,804 at 2025-12-03; held rate 81.2 % at 2026-01-31 (the bundled dataset's newest)
                .body(containsString("<td class=\"value\">100,129,804 cards</td><td>2025-12-03</td>"))
                .body(containsString("<td class=\"value\">81.2 %</td><td>2026-01-31</td>"))
                .body(containsString("保有枚数"))
                .body(containsString("href=\"/q/swagger-ui/\""))
                .body(containsString("href=\"/q/openapi\""))
                .body(containsString("href=\"/api/v1/sources\""))
                .body(containsString("データの利用条件 · Data licence"));
    }
}
