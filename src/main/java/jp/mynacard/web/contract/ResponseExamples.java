package jp.mynacard.web.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The example of each success response: a real answer of the bundled dataset, every list cut to two
 * items, kept in openapi-examples/&lt;operationId&gt;[-&lt;status other than 200&gt;].json (and .csv, .atom, .svg, .events);
 * made by src/test/resources/recorded/examples.py, which also says how the writes' examples were made.
 * OpenApiResponsesTest checks that each fits its schema and that no success response lacks one.
 */
final class ResponseExamples {

    private static final String FOLDER = "/openapi-examples/";
    private static final Map<String, String> EXTENSIONS = Map.of(
            "application/json", "json", "text/csv", "csv", "application/atom+xml", "atom", "image/svg+xml", "svg",
            "text/event-stream", "events");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ResponseExamples() {
    }

    static void apply(Operation operation) {
        if (operation.getOperationId() == null || operation.getResponses() == null) {
            return;
        }
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("2") && response.getContent() != null) {
                String name = operation.getOperationId() + ("200".equals(status) ? "" : "-" + status);
                response.getContent().getMediaTypes().forEach((type, media) -> example(name, type, media));
            }
        });
    }

    private static void example(String name, String type, MediaType media) {
        String extension = EXTENSIONS.get(type);
        if (extension == null) {
            return;
        }
        try (InputStream in = ResponseExamples.class.getResourceAsStream(FOLDER + name + "." + extension)) {
            if (in == null) {
                return;
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            media.setExample("json".equals(extension) ? JSON.readValue(text, Object.class) : text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
