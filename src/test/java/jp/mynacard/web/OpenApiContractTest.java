package jp.mynacard.web;

import jp.mynacard.testsupport.ApiTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * openapi.yaml at the repository root is the committed contract: it must equal what the service
 * serves. On a difference the served document is written to target/openapi.yaml; review it and
 * copy it over the committed one.
 */
@ApiTest
class OpenApiContractTest {

    private static final Path CONTRACT = Path.of("openapi.yaml");
    private static final Path SERVED = Path.of("target", "openapi.yaml");

    @Test
    void committedContractEqualsServedDocument() throws IOException {
        String served = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        String committed = Files.exists(CONTRACT) ? Files.readString(CONTRACT, StandardCharsets.UTF_8) : "";
        if (!normalise(served).equals(normalise(committed))) {
            Files.writeString(SERVED, served, StandardCharsets.UTF_8);
        }
        assertEquals(normalise(committed), normalise(served),
                "openapi.yaml differs from the served contract; see target/openapi.yaml (cp target/openapi.yaml openapi.yaml)");
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    private static String normalise(String yaml) {
        return yaml.replace("\r\n", "\n").strip();
    }
}
