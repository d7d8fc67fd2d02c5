package jp.mynacard.web;

import io.quarkus.arc.ClientProxy;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jp.mynacard.testsupport.ApiTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Latest-state JSON answers that {@link FastAnswers} computes by calling the resource methods itself
 * are the answers the REST layer computes: a {@code format} parameter sends the same query there.
 */
@ApiTest
class DirectAnswersTest {

    @Inject
    Instance<DirectlyCalled> resources;

    @Test
    void theFigureQueriesAreCalledDirectly() {
        assertEquals(List.of("GET /api/v1/areas/{code}/series", "GET /api/v1/observations", "GET /api/v1/regional-rates"),
                resources.stream().map(ClientProxy::unwrap).flatMap(DirectCall::of).map(DirectCall::toString).sorted().toList());
    }

    @Test
    void directAnswersAreTheRestLayersAnswers() {
        for (String path : List.of("/api/v1/areas/011002/series?metric=cards-issued,cards-issued-rate&from=2020",
                "/api/v1/regional-rates?parent=13&date=2021-06", "/api/v1/regional-rates?metric=cards-issued&sort=name&order=desc",
                "/api/v1/observations?metric=cards-issued-rate&level=prefecture&limit=7")) {
            ExtractableResponse<Response> direct = given().get(path).then().statusCode(200).extract();
            ExtractableResponse<Response> rest = given().get(path + "&format=json").then().statusCode(200).extract();
            assertTrue(direct.asString().length() > 1000, path);
            assertEquals(rest.asString().replace("&format=json", ""), direct.asString(), path);
            for (String header : List.of("Content-Type", "Cache-Control", "Vary", "Last-Modified")) {
                assertEquals(rest.header(header), direct.header(header), path + " " + header);
            }
            assertEquals(rest.header("Link") == null ? null : rest.header("Link").replace("&format=json", ""),
                    direct.header("Link"), path);
        }
    }

    @Test
    void badParametersStillGetTheirProblem() {
        given().get("/api/v1/regional-rates?sort=size").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].parameter", org.hamcrest.Matchers.equalTo("sort"));
        given().get("/api/v1/areas/999999/series?metric=cards-issued").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
