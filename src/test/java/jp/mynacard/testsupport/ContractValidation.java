package jp.mynacard.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A REST Assured filter that checks every answer against the committed openapi.yaml: the status is
 * documented for the operation, the Content-Type is one of its media types, the headers it marks
 * required are present, and a JSON body is valid against the declared schema (networknt's validator,
 * OpenAPI 3.1 dialect, so `type: [string, "null"]`, enums and `required` are all checked). It collects
 * violations instead of failing at the first, so that one run reports them all.
 */
public final class ContractValidation implements Filter {

    private static final Path CONTRACT = Path.of("openapi.yaml");

    private final JsonNode document;
    /** Where the validator finds the contract's text (an identifier only; nothing is fetched). */
    private static final String CONTRACT_ID = "https://mynacard.test/openapi.yaml";

    private final SchemaRegistry registry;
    private final List<Template> templates;
    private final List<String> violations = new ArrayList<>();
    private final ObjectMapper json = new ObjectMapper();

    public ContractValidation() {
        try {
            String text = Files.readString(CONTRACT);
            document = new YAMLMapper().readTree(text);
            registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(), b -> b.schemas(Map.of(CONTRACT_ID, text)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        templates = new ArrayList<>();
        document.path("paths").fieldNames().forEachRemaining(p -> templates.add(Template.of(p)));
        // Literal segments win over parameters: /releases/feed before /releases/{id}.
        templates.sort(Comparator.comparingInt(Template::parameters));
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                           FilterContext context) {
        Response answer = context.next(request, response);
        String path = URI.create(request.getURI()).getRawPath();
        check(request.getMethod().toLowerCase(Locale.ROOT), path, answer);
        return answer;
    }

    /** Every violation seen so far, each naming the request it came from. */
    public List<String> violations() {
        return List.copyOf(violations);
    }

    /** Each JSON example of a response checked against its own schema, as a client would read it. */
    public List<String> exampleViolations() {
        List<String> found = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation ->
                operation.getValue().path("responses").fields().forEachRemaining(response ->
                        response.getValue().path("content").fields().forEachRemaining(media -> {
                            if (media.getValue().has("example") && media.getKey().endsWith("json")) {
                                String pointer = "/paths/" + escape(path.getKey()) + "/" + operation.getKey() + "/responses/"
                                        + response.getKey() + "/content/" + escape(media.getKey()) + "/schema";
                                Schema schema = registry.getSchema(SchemaLocation.of(CONTRACT_ID + "#" + pointer));
                                schema.validate(media.getValue().get("example")).forEach(e -> found.add(
                                        operation.getValue().path("operationId").asText() + ": " + e.getInstanceLocation() + " " + e.getMessage()));
                            }
                        }))));
        return found;
    }

    /** Operation and media type of each 2xx response with a body but no example (binary bodies aside). */
    public List<String> successResponsesWithoutExample() {
        List<String> missing = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation ->
                operation.getValue().path("responses").fields().forEachRemaining(response -> {
                    if (response.getKey().startsWith("2")) {
                        resolve(response.getValue()).path("content").fields().forEachRemaining(media -> {
                            boolean binary = "binary".equals(media.getValue().path("schema").path("format").asText());
                            if (!binary && !media.getValue().has("example") && !media.getValue().has("examples")) {
                                missing.add(operation.getValue().path("operationId").asText() + " " + response.getKey() + " " + media.getKey());
                            }
                        });
                    }
                })));
        return missing;
    }

    private void check(String method, String path, Response answer) {
        String where = method.toUpperCase(Locale.ROOT) + " " + path + " -> " + answer.statusCode();
        Optional<Template> template = templates.stream().filter(t -> t.matches(path)).findFirst();
        if (template.isEmpty() || document.path("paths").path(template.get().path).path(method).isMissingNode()) {
            violations.add(where + ": no such operation in the contract");
            return;
        }
        String operationPointer = "/paths/" + escape(template.get().path) + "/" + method;
        JsonNode responses = document.at(operationPointer + "/responses");
        String status = String.valueOf(answer.statusCode());
        if (!responses.has(status)) {
            violations.add(where + ": status not documented");
            return;
        }
        JsonNode documented = resolve(responses.get(status));
        checkHeaders(where, documented, answer);
        JsonNode content = documented.path("content");
        String contentType = Optional.ofNullable(answer.contentType()).orElse("");
        String mediaType = contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (content.isMissingNode() || content.isEmpty()) {
            if (answer.asByteArray().length > 0) {
                violations.add(where + ": a body where the contract declares none");
            }
            return;
        }
        if (!content.has(mediaType)) {
            violations.add(where + ": Content-Type " + contentType + " is not one of " + names(content));
            return;
        }
        if (mediaType.endsWith("json")) {
            String pointer = operationPointer + "/responses/" + status + "/content/" + escape(mediaType) + "/schema";
            validate(where, pointer, answer.asString());
        }
    }

    private void checkHeaders(String where, JsonNode documented, Response answer) {
        documented.path("headers").fields().forEachRemaining(header -> {
            if (resolve(header.getValue()).path("required").asBoolean(false) && !answer.headers().hasHeaderWithName(header.getKey())) {
                violations.add(where + ": required header " + header.getKey() + " missing");
            }
        });
    }

    private void validate(String where, String pointer, String body) {
        Schema schema = registry.getSchema(SchemaLocation.of(CONTRACT_ID + "#" + pointer));
        try {
            List<Error> errors = schema.validate(json.readTree(body));
            errors.stream().limit(5).forEach(e -> violations.add(where + ": " + e.getInstanceLocation() + " " + e.getMessage()));
            if (errors.size() > 5) {
                violations.add(where + ": ... " + (errors.size() - 5) + " more schema violations");
            }
        } catch (IOException e) {
            violations.add(where + ": body is not JSON: " + e.getMessage());
        }
    }

    /** A response or header object, following one $ref into components. */
    private JsonNode resolve(JsonNode node) {
        return node.has("$ref") ? document.at(node.get("$ref").asText().substring(1)) : node;
    }

    private static String names(JsonNode content) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = content.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names.toString();
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private record Template(String path, Pattern pattern, int parameters) {
        static Template of(String path) {
            String regex = Pattern.quote(path).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
            return new Template(path, Pattern.compile(regex), (int) path.chars().filter(c -> c == '{').count());
        }

        boolean matches(String rawPath) {
            return pattern.matcher(rawPath).matches();
        }
    }
}
