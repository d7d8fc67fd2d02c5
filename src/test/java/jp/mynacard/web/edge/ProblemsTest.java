package jp.mynacard.web.edge;

import jp.mynacard.testsupport.ApiTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

@ApiTest
class ProblemsTest {

    @Test
    void unknownPathIsAProblemWithoutStackTrace() {
        given().get("/api/v1/nothing-here").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"))
                .body("instance", equalTo("/api/v1/nothing-here"))
                .body(not(containsString("Exception")));
    }

    @Test
    void wrongMethodIsAProblem() {
        given().delete("/api/v1/metrics").then().statusCode(405)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/method-not-allowed"));
    }

    @Test
    void problemTypesDescribeThemselves() {
        given().get("/problems/unknown-area").then().statusCode(200)
                .body("type", equalTo("/problems/unknown-area"))
                .body("status", equalTo(404));
    }
}
