package jp.mynacard.web.contract;

import io.restassured.specification.RequestSpecification;
import jp.mynacard.testsupport.ApiTest;
import jp.mynacard.testsupport.ContractValidation;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real answers of every operation, success and error, JSON and the other declared media types, are
 * valid against the committed openapi.yaml: 0 violations. The requests are the recorded ones (every
 * read endpoint and its problems) and those that the recording does not hold: listings, the feed,
 * conditional requests, writes without a key and refused representations.
 */
@ApiTest
class OpenApiResponsesTest {

    private static final List<String> MORE_READS = List.of(
            "/api/v1/releases", "/api/v1/releases/feed", "/api/v1/sources", "/api/v1/service-usage?format=csv",
            "/api/v1/issuances?format=csv", "/api/v1/releases/1", "/api/v1/metrics/nope", "/api/v1/areas/13/series",
            "/api/v1/releases/99999", "/problems/nope", "/api/v1/areas/13/series?metric=cards-issued&format=xml",
            "/api/v1/regional-rates?format=xlsx", "/api/v1/summary?format=csv&lang=ja", "/api/v1/observations?metric=cards-issued&limit=5&format=xlsx",
            "/api/v1/issuances?format=csv&lang=fr");

    @Test
    void everyOperationAnswersAsTheContractSays() {
        ContractValidation contract = new ContractValidation();
        List<String> reads = Stream.concat(read("requests.txt").lines(), MORE_READS.stream()).toList();
        List<String> checked = new ArrayList<>();
        for (String path : reads) {
            request(contract).get(path);
            checked.add(path);
        }
        String etag = request(contract).get("/api/v1/summary").header("ETag");
        request(contract).header("If-None-Match", etag).get("/api/v1/summary").then().statusCode(304);
        request(contract).accept("application/xml").get("/api/v1/summary").then().statusCode(406);
        request(contract).multiPart("file", "figures.csv", "x".getBytes(StandardCharsets.UTF_8)).post("/api/v1/releases").then().statusCode(401);
        request(contract).delete("/api/v1/releases/1").then().statusCode(401);

        List<String> violations = contract.violations();
        assertTrue(violations.isEmpty(), violations.size() + " violations over " + (checked.size() + 5) + " requests:\n"
                + String.join("\n", violations));
    }

    @Test
    void everySuccessResponseHasARealExampleThatFitsItsSchema() {
        ContractValidation contract = new ContractValidation();
        assertEquals(List.of(), contract.exampleViolations());
        assertEquals(List.of(), contract.successResponsesWithoutExample());
    }

    private static RequestSpecification request(ContractValidation contract) {
        return given().urlEncodingEnabled(false).filter(contract);
    }

    private static String read(String name) {
        try (InputStream in = Objects.requireNonNull(OpenApiResponsesTest.class.getResourceAsStream("/recorded/" + name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
