package jp.mynacard.web.edge;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jp.mynacard.testsupport.ApiTest;
import jp.mynacard.testsupport.ContractValidation;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Budgets small enough to spend in a test: 5 requests at once, then one every 10 s; 2 failed authentications. */
@ApiTest
@TestProfile(RateLimitTest.SmallBudgets.class)
class RateLimitTest {

    public static class SmallBudgets implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mynacard.rate-limit.enabled", "true",
                    "mynacard.rate-limit.address.per-second", "0.1", "mynacard.rate-limit.address.burst", "5",
                    "mynacard.rate-limit.failed-authentication.per-second", "0.01",
                    "mynacard.rate-limit.failed-authentication.burst", "2");
        }
    }

    @Test
    void failedAuthenticationsThenAnAddressOverItsBudgetGet429WithRetryAfterButProbesStayFree() throws InterruptedException {
        ContractValidation contract = new ContractValidation();
        for (int i = 0; i < 200 && given().get("/q/health/ready").statusCode() != 200; i++) {
            Thread.sleep(100); // the figures load after a start; probes are never limited
        }
        for (int i = 0; i < 30; i++) {
            given().get("/q/health/ready").then().statusCode(200);
        }
        // Two failed authentications spend that budget (and two of the address's 5 requests); the third write is refused.
        for (int i = 0; i < 2; i++) {
            given().filter(contract).header("Authorization", "Bearer guess-" + i).multiPart("file", "x.csv", "a".getBytes())
                    .post("/api/v1/releases").then().statusCode(401);
        }
        given().filter(contract).header("Authorization", "Bearer guess-3").multiPart("file", "x.csv", "a".getBytes())
                .post("/api/v1/releases").then().statusCode(429)
                .body("type", equalTo("/problems/too-many-requests"))
                .header(RateLimits.POLICY, equalTo("\"failed-authentication\";q=2;w=200"));
        int answered = 0;
        Response refused = null;
        for (int i = 0; i < 10 && refused == null; i++) {
            Response response = given().filter(contract).get("/api/v1/metrics");
            if (response.statusCode() == 429) {
                refused = response;
            } else {
                assertEquals(200, response.statusCode());
                answered++;
            }
        }
        assertEquals(3, answered, "the 3 requests left of the address's burst of 5");
        refused.then().contentType(startsWith("application/problem+json"))
                .body("type", equalTo("/problems/too-many-requests"))
                .header(RateLimits.POLICY, equalTo("\"address\";q=5;w=50"))
                .header(RateLimits.STATE, startsWith("\"address\";r=0;t="));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 10, "Retry-After " + retryAfter);
        assertEquals(java.util.List.of(), contract.violations(), "the 429 is as the contract says");
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("mynacard_rate_limit_rejections_total{budget=\"failed-authentication\"} 1.0"), "one refused write counted");
        assertTrue(metrics.contains("mynacard_rate_limit_rejections_total{budget=\"address\"} 1.0"), "one refused read counted");
    }
}
