package jp.mynacard.web.edge;

import jp.mynacard.testsupport.ApiTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * Links are never built from the request's Host (nor X-Forwarded-Host): answers are kept and served to
 * everyone, so one poisoned request would hand its host to every client. Without a configured public
 * address they are relative.
 */
@ApiTest
class ForgedHostTest {

    private static final String PAGE = "/api/v1/observations?metric=cards-issued-rate&level=prefecture&limit=2";

    @Test
    void aForgedHostNeverReachesLinks() {
        for (int i = 0; i < 3; i++) {
            given().header("Host", "evil.example").header("X-Forwarded-Host", "evil.example").get(PAGE).then().statusCode(200);
            given().header("Host", "evil.example").header("X-Forwarded-Host", "evil.example")
                    .get("/api/v1/releases/feed").then().statusCode(200);
        }
        given().get(PAGE).then().statusCode(200)
                .body("links.next", startsWith("/api/v1/observations?"))
                .body("links.next", containsString("cursor="))
                .header("Link", startsWith("</api/v1/observations?"));
        given().get(PAGE + "&format=csv").then().statusCode(200).header("Link", not(containsString("evil")));
        given().get("/api/v1/releases/feed").then().statusCode(200)
                .body(not(containsString("evil.example")))
                .body(containsString("<id>urn:mynacard-api:release:47</id>"))
                .body(containsString("<link href=\"/api/v1/releases/47\"/>"));
        given().header("Host", "evil.example").get("/api/v1/releases/feed").then()
                .body(not(containsString("evil.example")));
    }
}
