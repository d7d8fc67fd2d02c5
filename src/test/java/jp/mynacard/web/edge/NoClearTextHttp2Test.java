package jp.mynacard.web.edge;

import io.quarkus.test.common.http.TestHTTPResource;
import jp.mynacard.testsupport.ApiTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Java's HttpClient asks to upgrade to h2c with a connection's first request; plain HTTP answers as HTTP/1.1. */
@ApiTest
class NoClearTextHttp2Test {

    @TestHTTPResource("/api/v1/releases")
    URI releases;

    @Test
    void anUpgradeToH2cIsAnsweredOverHttp11() throws Exception {
        HttpClient client = HttpClient.newHttpClient(); // prefers HTTP/2
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(releases).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(HttpClient.Version.HTTP_1_1, answer.version());
        assertEquals(200, answer.statusCode());
        assertTrue(answer.body().contains("\"name\":\"mic-2022-12-31\""), answer.body());
    }
}
