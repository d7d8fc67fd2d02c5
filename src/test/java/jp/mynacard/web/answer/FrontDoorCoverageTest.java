package jp.mynacard.web.answer;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jp.mynacard.testsupport.ApiTest;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.Set;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every GET endpoint is served through the front door (kept answers, 304, single flight), but for the
 * few named here that are no answer of the API: a new endpoint outside them fails until the front door
 * serves it.
 */
@ApiTest
class FrontDoorCoverageTest {

    /** The HTML landing page, the problem types' documentation and the release stream, which never ends. */
    private static final Set<String> NOT_ANSWERS = Set.of("/", "/problems/", "/problems/{slug}", "/api/v1/releases/stream");

    @Inject
    FrontDoor frontDoor;

    @Test
    void everyGetEndpointButTheNamedOnesPassesTheFrontDoor() {
        Set<String> outside = new TreeSet<>();
        int endpoints = 0;
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("jp.mynacard")) {
            if (!type.isAnnotatedWith(Path.class)) {
                continue;
            }
            Class<?> resource = type.reflect();
            for (Method method : resource.getMethods()) {
                if (method.isAnnotationPresent(GET.class)) {
                    endpoints++;
                    String template = template(resource, method);
                    if (!frontDoor.isAnswer("GET", template.replaceAll("\\{(\\w+)}", "$1"))) {
                        outside.add(template);
                    }
                }
            }
        }
        assertTrue(endpoints > 30, "GET endpoints found: " + endpoints);
        assertEquals(NOT_ANSWERS, outside);
    }

    /** A figure endpoint's second request is answered from memory with the first one's validator. */
    @Test
    void aFigureEndpointsAnswerIsKeptAndRevalidated() {
        String path = "/api/v1/regional-rates?metric=cards-issued-rate&date=2022-12-31&sort=code";
        String etag = given().get(path).then().statusCode(200).extract().header("ETag");
        var kept = given().get(path).then().statusCode(200).header("ETag", etag).extract().jsonPath();
        assertEquals("01", kept.getString("data[0].areaCode"));
        assertEquals(33, kept.getInt("data[0].rank")); // Hokkaido's issued rate at 2022-12-31 among the 47
        given().header("If-None-Match", etag).get(path).then().statusCode(304);
    }

    private static String template(Class<?> resource, Method method) {
        String base = resource.getAnnotation(Path.class).value();
        Path own = method.getAnnotation(Path.class);
        return own == null ? base : base.replaceFirst("/$", "") + "/" + own.value().replaceFirst("^/", "");
    }
}
