package jp.mynacard.web.answer;

import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jp.mynacard.testsupport.ApiTest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A burst of identical requests for an answer not computed yet: all get the same complete answer. */
@ApiTest
class AnswerCacheTest {

    @Test
    void concurrentFirstRequestsShareOneAnswer() {
        String path = "/api/v1/regional-rates?level=municipality&date=2021-06-01&sort=code";
        List<CompletableFuture<String>> burst = IntStream.range(0, 24).mapToObj(i -> CompletableFuture.supplyAsync(
                () -> given().get(path).then().statusCode(200).extract().asString())).toList();
        List<String> bodies = burst.stream().map(CompletableFuture::join).toList();
        bodies.forEach(body -> assertEquals(bodies.get(0), body));
        assertEquals(1741, given().get(path).then().extract().jsonPath().getList("data").size());
        assertEquals(bodies.get(0), given().get(path).then().statusCode(200).extract().asString(), "the same answer again");
    }

    @Test
    void answersFromMemoryKeepEveryHeader() {
        for (int i = 0; i < 3; i++) { // computed twice (an answer is kept from its second request), then from memory
            given().header("Origin", "https://newsroom.example").queryParam("area", "13").queryParam("format", "csv")
                    .get("/api/v1/issuances").then().statusCode(200)
                    .header("Access-Control-Allow-Origin", "*")
                    .header("Content-Type", org.hamcrest.Matchers.startsWith("text/csv"))
                    .header("Content-Disposition", org.hamcrest.Matchers.containsString("issuances.csv"))
                    .header("Cache-Control", "public, max-age=60")
                    .header("Vary", "Accept, Accept-Encoding")
                    .header("ETag", org.hamcrest.Matchers.startsWith("\"r"));
        }
        String etag = given().get("/api/v1/metrics").then().extract().header("ETag");
        given().header("If-None-Match", etag).get("/api/v1/metrics").then().statusCode(304);
        given().head("/api/v1/metrics").then().statusCode(200).header("ETag", etag);
    }

    /**
     * The bytes kept for a client that accepts gzip are compressed once, and stay compressed when they
     * come from memory: on the event loop (a series), through the REST layer (CSV) and on 304s. A
     * one-off answer is compressed fast, a kept one harder.
     */
    @Test
    void gzipAnswersAreCompressedOnceAndServedCompressed() throws IOException {
        RestAssuredConfig raw = RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());
        for (String path : List.of("/api/v1/areas/13/series?metric=cards-issued,cards-issued-rate",
                "/api/v1/regional-rates?level=municipality&date=2022-12-31&format=csv")) {
            int[] sizes = new int[3];
            for (int i = 0; i < 3; i++) { // computed twice (an answer is kept from its second request), then from memory
                ExtractableResponse<Response> plain = given().config(raw).get(path).then().statusCode(200).extract();
                ExtractableResponse<Response> gzip = given().config(raw).header("Accept-Encoding", "gzip, deflate, br")
                        .get(path).then().statusCode(200).header("Content-Encoding", "gzip").extract();
                assertNull(plain.header("Content-Encoding"), path);
                byte[] compressed = gzip.asByteArray();
                sizes[i] = compressed.length;
                assertEquals(plain.asString(), new String(new java.util.zip.GZIPInputStream(
                        new ByteArrayInputStream(compressed)).readAllBytes(), StandardCharsets.UTF_8), path);
                assertTrue(compressed.length * 4 < plain.asByteArray().length, path + ": " + compressed.length + " bytes");
                assertNotEquals(plain.header("ETag"), gzip.header("ETag"), "one strong validator per encoding");
                given().config(raw).header("Accept-Encoding", "gzip").header("If-None-Match", gzip.header("ETag"))
                        .get(path).then().statusCode(304);
            }
            assertEquals(sizes[1], sizes[2], path + ": the kept bytes");
            assertTrue(sizes[0] > sizes[2], path + ": one-off " + sizes[0] + " bytes, kept " + sizes[2]);
        }
    }
}
