package jp.mynacard.web.edge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import jp.mynacard.testsupport.ApiTest;
import jp.mynacard.testsupport.RawHttp;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile reads of every operation that openapi.yaml declares, driven by the document itself: each
 * parameter (path and query) gets wrong types, huge and negative numbers, empty and 10 kB values,
 * non-ASCII, NUL, traversal and injection strings, one at a time and repeated, beside unknown
 * parameters, odd Accept headers and every other method; and raw request lines no HTTP client sends
 * (unencoded UTF-8, control bytes, a bare {@code %}). Every answer must be below 500, every error
 * problem+json, and none slower than 1 s.
 * <p>
 * A request line with a raw space is not HTTP (it splits into four parts): the HTTP layer closes such a
 * connection before any handler runs, so it is not among these.
 */
@ApiTest
class FuzzTest {

    private static final Duration SLOWEST = Duration.ofSeconds(1);
    private static final String TEN_KB = "9".repeat(10_240);
    private static final List<String> VALUES = List.of("", "abc", "-1", "0", "-0", "1.5", "99999999999999999999",
            "-99999999999999999999", "1e308", "NaN", "true", "2022-13-45", "0000-00-00", "9999-12-31", "2022-12-31T00:00:00Z",
            TEN_KB, "東京", "\u0000", "../../../../etc/passwd", "..%2f..%2fetc%2fpasswd", "' OR '1'='1", "1; DROP TABLE release;--",
            "<script>alert(1)</script>", "${jndi:ldap://127.0.0.1/a}", "%s%n%x", "\u202e13", "*", ",,,", "13,".repeat(500),
            "cards-issued,nope", "MUNICIPALITY", " 13 ");
    private static final List<String> ACCEPTS = List.of("application/xml", "text/html", "*/*;q=0", "garbage",
            "application/json;q=0, text/csv;q=0", "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/problem+json", "image/*", "application/json; charset=shift_jis");
    private static final List<String> METHODS = List.of("HEAD", "OPTIONS", "PUT", "PATCH", "DELETE", "TRACE", "POST");
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    /** Values the path parameters take when another parameter is under test. */
    private static final Map<String, String> ORDINARY = Map.of("code", "13", "id", "1", "slug", "not-found", "service", "health-insurance");

    @TestHTTPResource("/")
    URI base;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> failures = new ArrayList<>();
    /** How long each answer took (ms), for the slowest in docs/reliability.md. */
    private final List<Map.Entry<Long, String>> timings = new ArrayList<>();
    private int sent;

    @Test
    void noHostileReadGetsA5xxANonProblemErrorOrASlowAnswer() throws Exception {
        JsonNode paths = new YAMLMapper().readTree(Path.of("openapi.yaml").toFile()).get("paths");
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            JsonNode get = path.getValue().get("get");
            if (get == null) {
                continue;
            }
            Map<String, String> query = new LinkedHashMap<>();
            List<String> inPath = new ArrayList<>();
            for (JsonNode parameter : get.path("parameters")) {
                String name = parameter.get("name").asText();
                if ("path".equals(parameter.get("in").asText())) {
                    inPath.add(name);
                } else if ("query".equals(parameter.get("in").asText())) {
                    query.put(name, "");
                }
            }
            String template = path.getKey();
            for (String name : inPath) {
                for (String value : VALUES) {
                    get(fill(template, name, value), null);
                }
            }
            String ordinary = fill(template, null, null);
            for (String name : query.keySet()) {
                for (String value : VALUES) {
                    get(ordinary + "?" + name + "=" + encode(value), null);
                }
                get(ordinary + "?" + name + "=13&" + name + "=" + encode("2022-12-31") + "&" + name + "=-1", null);
            }
            get(ordinary + "?unknown=1&" + encode("東京") + "=" + encode("東京") + "&=&&a[]=1", null);
            for (String accept : ACCEPTS) {
                get(ordinary, accept);
            }
            for (String method : METHODS) {
                send(HttpRequest.newBuilder(base.resolve(ordinary)).method(method, HttpRequest.BodyPublishers.noBody()), method + " " + ordinary);
            }
        }
        for (String line : List.of("/api/v1/areas/東京", "/api/v1/observations?metric=cards-issued&area=東京",
                "/api/v1/summary?x=\u0001", "/api/v1/summary?x=%", "/api/v1/summary?x=%zz", "/api/v1/areas/%E6%9D%B1%E4%BA%AC%",
                "/api/v1/summary?x=\u0000", "/api/v1/areas/\u00ff\u00fe")) {
            raw(line);
        }
        timings.sort(Map.Entry.<Long, String>comparingByKey().reversed());
        System.out.println("FuzzTest: " + sent + " requests; the slowest (ms): " + timings.subList(0, 8));
        assertTrue(sent > 3_000, "only " + sent + " requests sent");
        assertEquals(List.of(), failures, failures.size() + " of " + sent + " requests failed");
    }

    private void get(String pathAndQuery, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(pathAndQuery));
        if (accept != null) {
            request.header("Accept", accept);
        }
        send(request.GET(), (accept == null ? "" : "Accept: " + accept + " ") + abbreviated(pathAndQuery));
    }

    /** Timed to the whole answer; an event stream, which never ends, to its head. */
    private void send(HttpRequest.Builder request, String what) throws Exception {
        long started = System.nanoTime();
        HttpResponse<InputStream> response;
        try {
            response = client.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            sent++;
            failures.add("no answer in 10 s for " + what);
            return;
        }
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        try (InputStream body = response.body()) {
            if (!contentType.startsWith("text/event-stream")) {
                body.readAllBytes();
            }
        }
        check(what, response.statusCode(), contentType, started);
    }

    /** A request line sent as bytes, as no HTTP client would: raw UTF-8 and control bytes stay raw. */
    private void raw(String target) throws IOException {
        long started = System.nanoTime();
        String head = RawHttp.exchange("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", Duration.ofSeconds(10));
        Matcher status = Pattern.compile("^HTTP/1.1 (\\d{3})").matcher(head);
        Matcher type = Pattern.compile("(?im)^content-type: *(\\S+)").matcher(head);
        check("raw " + abbreviated(target), status.find() ? Integer.parseInt(status.group(1)) : 0,
                type.find() ? type.group(1) : "", started);
    }

    private void check(String what, int status, String contentType, long started) {
        sent++;
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        timings.add(Map.entry(took.toMillis(), what));
        if (status >= 500 || status < 100) {
            failures.add(status + " for " + what);
        } else if (status >= 400 && !contentType.startsWith("application/problem+json")) {
            failures.add(status + " as '" + contentType + "' for " + what);
        } else if (took.compareTo(SLOWEST) > 0) {
            failures.add(took.toMillis() + " ms for " + what);
        }
    }

    /** The template with {@code name} set to {@code value} (encoded) and its other path parameters ordinary. */
    private static String fill(String template, String name, String value) {
        Matcher parameter = PATH_PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (parameter.find()) {
            String replacement = parameter.group(1).equals(name) ? encode(value).replace("+", "%20")
                    : ORDINARY.getOrDefault(parameter.group(1), "cards-issued");
            parameter.appendReplacement(path, Matcher.quoteReplacement(replacement));
        }
        return parameter.appendTail(path).toString().substring(1); // relative to the base URI
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviated(String text) {
        return text.length() > 120 ? text.substring(0, 120) + "... (" + text.length() + " characters)" : text;
    }
}
