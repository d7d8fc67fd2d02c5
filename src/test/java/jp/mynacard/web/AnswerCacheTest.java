package jp.mynacard.web;

import jp.mynacard.testsupport.ApiTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
                    .header("Access-Control-Allow-Origin", "https://newsroom.example")
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
}
