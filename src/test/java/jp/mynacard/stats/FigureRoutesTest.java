package jp.mynacard.stats;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jp.mynacard.testsupport.ApiTest;
import jp.mynacard.web.AnswerRoute;
import jp.mynacard.web.RequestParameters;
import org.junit.jupiter.api.Test;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every figure endpoint is answered by the front door's route table, and each route binds exactly the
 * parameters its JAX-RS method declares: a new endpoint without its route, or a parameter added on one
 * side only, fails here.
 */
@ApiTest
class FigureRoutesTest {

    /** Every JAX-RS resource of the stats package: the figure endpoints, whatever is added later. */
    private static final List<Class<?>> FIGURE_RESOURCES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("jp.mynacard.stats").stream()
            .filter(c -> c.isAnnotatedWith(Path.class)).map(JavaClass::reflect).collect(Collectors.toList());

    @Inject
    FigureRoutes routes;

    @Test
    void everyFigureEndpointHasARouteThatBindsWhatItsMethodDeclares() {
        Map<String, TreeSet<String>> declared = new TreeMap<>();
        for (Class<?> resource : FIGURE_RESOURCES) {
            for (Method method : resource.getMethods()) {
                if (method.isAnnotationPresent(GET.class)) {
                    TreeSet<String> names = new TreeSet<>();
                    Arrays.stream(method.getParameters()).forEach(p -> parameters(p, p.getType(), names));
                    declared.put(template(resource, method), names);
                }
            }
        }
        Map<String, TreeSet<String>> bound = new TreeMap<>();
        for (AnswerRoute route : routes.routes()) {
            bound.put(route.template(), boundBy(route));
        }
        assertTrue(FIGURE_RESOURCES.size() >= 8, "the figure resources found: " + FIGURE_RESOURCES);
        assertEquals(declared, bound);
    }

    /** A figure endpoint's answers are its REST answers, also the ones with a path parameter and paging. */
    @Test
    void theRouteAnswersWhatTheEndpointPromises() {
        ExtractableResponse<Response> page = given().get("/api/v1/observations?metric=cards-issued-rate&level=prefecture&limit=7")
                .then().statusCode(200).extract();
        assertEquals(7, page.jsonPath().getList("data").size());
        assertEquals("<" + page.jsonPath().getString("links.next") + ">; rel=\"next\"", page.header("Link"));
        given().urlEncodingEnabled(false).get("/api/v1/areas/%E6%9C%AD%E5%B9%8C%E5%B8%82/series?metric=cards-issued").then().statusCode(200)
                .body("area.code", org.hamcrest.Matchers.equalTo("011002"));
        for (String[] bad : new String[][] {{"/api/v1/regional-rates?sort=size", "sort"}, {"/api/v1/summary?format=xml", "format"},
                {"/api/v1/observations?limit=abc", "limit"}, {"/api/v1/observations?limit=10001", "limit"},
                {"/api/v1/regional-rates?level=nation", "level"}}) {
            given().get(bad[0]).then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].parameter", org.hamcrest.Matchers.equalTo(bad[1]))
                    .body("detail", org.hamcrest.Matchers.startsWith("Parameter '" + bad[1] + "' must be"));
        }
        given().head("/api/v1/summary").then().statusCode(200).header("ETag", org.hamcrest.Matchers.startsWith("\"r"));
    }

    /** The names a route reads from a request (its answer is built but never run). */
    private static TreeSet<String> boundBy(AnswerRoute route) {
        TreeSet<String> names = new TreeSet<>();
        RequestParameters recording = new RequestParameters() {
            @Override
            public String query(String name) {
                names.add("query " + name);
                return null;
            }

            @Override
            public String path(String name) {
                names.add("path " + name);
                return "13";
            }

            @Override
            public String header(String name) {
                names.add("header " + name);
                return null;
            }

            @Override
            public HttpServerRequest request() {
                names.add("request");
                return null;
            }
        };
        try {
            assertNotNull(route.answer().apply(recording));
        } catch (RuntimeException e) {
            // a required parameter was missing: every argument was bound before the method ran
        }
        return names;
    }

    private static void parameters(AnnotatedElement element, Class<?> type, TreeSet<String> names) {
        if (element.isAnnotationPresent(QueryParam.class)) {
            names.add("query " + element.getAnnotation(QueryParam.class).value());
        } else if (element.isAnnotationPresent(PathParam.class)) {
            names.add("path " + element.getAnnotation(PathParam.class).value());
        } else if (element.isAnnotationPresent(HeaderParam.class)) {
            names.add("header " + element.getAnnotation(HeaderParam.class).value());
        } else if (type == HttpServerRequest.class) {
            names.add("request");
        } else if (element.isAnnotationPresent(BeanParam.class)) {
            for (RecordComponent component : type.getRecordComponents()) {
                parameters(component.getAccessor(), component.getType(), names);
            }
        }
    }

    private static String template(Class<?> resource, Method method) {
        String path = Stream.of(resource.getAnnotation(Path.class), method.getAnnotation(Path.class))
                .filter(java.util.Objects::nonNull).map(Path::value).collect(Collectors.joining("/"));
        return ("/" + path).replaceAll("/+", "/");
    }
}
