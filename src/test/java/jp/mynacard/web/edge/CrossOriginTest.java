package jp.mynacard.web.edge;

import jp.mynacard.testsupport.ApiTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** Public reads are open to every origin with one answer for all ({@code *}), so shared caches stay right. */
@ApiTest
class CrossOriginTest {

    @Test
    void everyReadAnswersStarWhateverTheOriginAndDoesNotVaryByIt() {
        for (String origin : new String[] {"https://newsroom.example", "https://dashboard.example", null}) {
            var request = given();
            if (origin != null) {
                request.header("Origin", origin);
            }
            request.get("/api/v1/regional-rates").then().statusCode(200)
                    .header("Access-Control-Allow-Origin", equalTo("*"))
                    .header("Access-Control-Expose-Headers", containsString("ETag"))
                    .header("Access-Control-Expose-Headers", containsString("RateLimit-Policy"))
                    .header("Vary", not(containsString("Origin")))
                    .body("data[0].areaNameJa", equalTo("宮崎県"));
        }
        // Problems too, so that a page can read why.
        given().header("Origin", "https://newsroom.example").get("/api/v1/areas/99").then().statusCode(404)
                .header("Access-Control-Allow-Origin", equalTo("*"));
    }

    @Test
    void aPreflightAllowsReadsWithRevalidationButNoWrites() {
        given().header("Origin", "https://dashboard.example").header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "if-none-match")
                .options("/api/v1/summary").then().statusCode(204)
                .header("Access-Control-Allow-Origin", equalTo("*"))
                .header("Access-Control-Allow-Methods", equalTo("GET, HEAD"))
                .header("Access-Control-Allow-Headers", containsString("If-None-Match"));
        given().header("Origin", "https://dashboard.example").header("Access-Control-Request-Method", "DELETE")
                .options("/api/v1/releases/1").then().statusCode(204)
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Methods", nullValue());
    }
}
