package jp.mynacard.web.edge;

import jp.mynacard.testsupport.ApiTest;
import jp.mynacard.testsupport.RawHttp;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the HTTP layer refuses before a resource runs is answered with problem+json too. */
@ApiTest
class EdgeFailuresTest {

    @Test
    void anUploadAnnouncedOverTheLimitIsRefusedBeforeItsBodyIsRead() throws IOException {
        // Only the headers are sent: the answer must not wait for 7 MB that never come.
        String answer = raw("POST /api/v1/releases HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer nope\r\n"
                + "Content-Type: multipart/form-data; boundary=b\r\nContent-Length: 7000000\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 413 "), answer);
        assertTrue(answer.contains("Content-Type: application/problem+json"), answer);
        assertTrue(answer.contains("\"type\":\"/problems/payload-too-large\""), answer);
    }

    @Test
    void aLongQueryReachesTheApiAndGetsItsAnswer() {
        given().queryParam("area", "a".repeat(5000)).get("/api/v1/issuances").then().statusCode(404)
                .contentType(startsWith("application/problem+json")).body("type", equalTo("/problems/unknown-area"));
    }

    /** Between the edge's limits (16 kB, 20 kB) and the HTTP layer's (64 kB), which would answer with an empty body. */
    @Test
    void aRequestLineOrHeadersOverTheLimitAreProblems() throws IOException {
        String longLine = raw("GET /api/v1/issuances?area=" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertTrue(longLine.startsWith("HTTP/1.1 414 "), longLine);
        assertTrue(longLine.contains("\"type\":\"/problems/uri-too-long\""), longLine);
        String largeHeaders = raw("GET /api/v1/summary HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + ("X-Padding: " + "p".repeat(1000) + "\r\n").repeat(30) + "\r\n");
        assertTrue(largeHeaders.startsWith("HTTP/1.1 431 "), largeHeaders);
        assertTrue(largeHeaders.contains("Content-Type: application/problem+json"), largeHeaders);
        assertTrue(largeHeaders.contains("\"type\":\"/problems/headers-too-large\""), largeHeaders);
    }

    @Test
    void anUnknownMethodIsAProblem() {
        given().patch("/api/v1/summary").then().statusCode(405)
                .contentType(startsWith("application/problem+json")).body("type", equalTo("/problems/method-not-allowed"));
    }

    private static String raw(String request) throws IOException {
        return RawHttp.exchange(request, Duration.ofSeconds(5));
    }
}
