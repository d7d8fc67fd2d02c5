package jp.mynacard.web.edge;

import jp.mynacard.testsupport.ApiTest;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** /q/metrics after a known load: per-route counts equal the requests sent, under their templates. */
@ApiTest
class MetricsTest {

    private static final Pattern SAMPLE = Pattern.compile("(?m)^(\\w+)\\{(.*)} (\\S+)$");

    @Test
    void requestsAreCountedPerRouteTemplateAndAnswersByHowTheyWereAnswered() {
        Map<String, Integer> sent = Map.of("/api/v1/areas/{code}", 9, "/api/v1/areas/{code}/series", 5, "/api/v1/releases", 4);
        String before = scrape();
        String[] codes = {"13", "27", "47", "01", "13101", "13", "13"};
        for (String code : codes) {
            given().get("/api/v1/areas/" + code).then().statusCode(200);
        }
        for (int i = 0; i < 5; i++) {
            given().get("/api/v1/areas/" + codes[i] + "/series?metric=cards-issued").then().statusCode(200);
        }
        for (int i = 0; i < 4; i++) {
            given().get("/api/v1/releases").then().statusCode(200);
        }
        String etag = given().get("/api/v1/areas/13").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get("/api/v1/areas/13").then().statusCode(304);
        String after = scrape();

        sent.forEach((template, count) -> assertEquals(count.doubleValue(),
                requests(after, template) - requests(before, template), 1e-9, template));
        assertEquals(0.0, sum(after, "http_server_requests_seconds_count", "uri=\"/api/v1/areas/13101\""),
                "no raw URL becomes a route");
        double answered = sum(after, "mynacard_answers_total", "") - sum(before, "mynacard_answers_total", "");
        assertEquals(7 + 5 + 4 + 2, answered, 1e-9, "every read is counted once: memory, computed or not modified");
        assertEquals(1.0, sum(after, "mynacard_answers_total", "from=\"not-modified\"")
                - sum(before, "mynacard_answers_total", "from=\"not-modified\""), 1e-9);
        assertTrue(sum(after, "mynacard_answers_total", "from=\"memory\"") > sum(before, "mynacard_answers_total", "from=\"memory\""),
                "repeated questions come from memory");
        assertTrue(after.contains("sql_pool_"), "the database pool's use is exported");
        assertTrue(sum(after, "http_server_requests_seconds_bucket", "uri=\"/api/v1/areas/{code}\"") > 0, "a latency histogram per route");
    }

    private static String scrape() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static double requests(String metrics, String template) {
        return sum(metrics, "http_server_requests_seconds_count", "uri=\"" + template + "\"");
    }

    private static double sum(String metrics, String name, String label) {
        double total = 0;
        Matcher sample = SAMPLE.matcher(metrics);
        while (sample.find()) {
            if (sample.group(1).equals(name) && sample.group(2).contains(label)) {
                total += Double.parseDouble(sample.group(3));
            }
        }
        return total;
    }
}
