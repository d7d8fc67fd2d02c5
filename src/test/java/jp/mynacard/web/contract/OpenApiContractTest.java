package jp.mynacard.web.contract;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
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
 * serves (as a document: the order of keys aside). On a difference the served document is written to
 * target/openapi.yaml; review it and copy it over the committed one. When the change breaks the test
 * client generated from the committed contract, so that no test compiles, take the copy the build
 * writes instead: {@code ./mvnw -B package -Dmaven.test.skip && cp target/openapi-schema/openapi.yaml .}
 */
@ApiTest
class OpenApiContractTest {

    private static final Path CONTRACT = Path.of("openapi.yaml");
    private static final Path SERVED = Path.of("target", "openapi.yaml");
    private static final YAMLMapper YAML = new YAMLMapper();

    @Test
    void committedContractEqualsServedDocument() throws IOException {
        String served = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        String committed = Files.exists(CONTRACT) ? Files.readString(CONTRACT, StandardCharsets.UTF_8) : "";
        if (!YAML.readTree(served).equals(YAML.readTree(committed))) {
            Files.writeString(SERVED, served, StandardCharsets.UTF_8);
            assertEquals(committed, served, "openapi.yaml differs from the served contract; see target/openapi.yaml "
                    + "(cp target/openapi.yaml openapi.yaml)");
        }
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
