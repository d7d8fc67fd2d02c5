package jp.mynacard.web.edge;

import io.restassured.response.Response;
import jp.mynacard.testsupport.ApiTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ApiTest
class SecurityHeadersTest {

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndADate() {
        String etag = given().get("/api/v1/summary").then().extract().header("ETag");
        for (Response answer : new Response[] {given().get("/api/v1/summary"),
                given().header("If-None-Match", etag).get("/api/v1/summary"), given().get("/api/v1/areas/99"),
                given().get("/api/v1/releases"), given().get("/q/openapi")}) {
            answer.then().header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("Referrer-Policy", equalTo("no-referrer"))
                    .header("X-Frame-Options", equalTo("DENY"))
                    .header("Content-Security-Policy", equalTo(SecurityHeaders.DATA_POLICY))
                    .header("Server", nullValue());
            OffsetDateTime date = OffsetDateTime.parse(answer.header("Date"), DateTimeFormatter.RFC_1123_DATE_TIME);
            assertTrue(Duration.between(date, OffsetDateTime.now()).abs().toSeconds() < 60, answer.header("Date"));
        }
    }

    @Test
    void pagesMayRunTheirOwnScriptsAndStylesButNotBeFramed() {
        given().get("/").then().statusCode(200).header("Content-Security-Policy", equalTo(SecurityHeaders.PAGE_POLICY));
        given().get("/q/swagger-ui/").then().statusCode(200)
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", containsString("script-src 'self'"));
    }
}
