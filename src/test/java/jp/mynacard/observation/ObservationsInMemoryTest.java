package jp.mynacard.observation;

import jp.mynacard.testsupport.ApiTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

@ApiTest
class ObservationsInMemoryTest {

    @Test
    void readinessWaitsForTheFiguresAndCatalogsInMemory() throws InterruptedException {
        // Right after a start (or a change of the dataset) the figures and catalogs load: not ready, then ready.
        for (int i = 0; i < 120 && given().get("/q/health/ready").statusCode() != 200; i++) {
            given().get("/q/health/ready").then().statusCode(503)
                    .body("checks.find { it.name == 'figures-in-memory' }.status", equalTo("DOWN"));
            Thread.sleep(250);
        }
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("bundled-dataset", "figures-in-memory", "catalogs-in-memory"))
                .body("checks.find { it.name == 'figures-in-memory' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'catalogs-in-memory' }.status", equalTo("UP"));
    }
}
