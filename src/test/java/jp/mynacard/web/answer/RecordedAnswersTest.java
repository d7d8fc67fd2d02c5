package jp.mynacard.web.answer;

import io.restassured.response.Response;
import jp.mynacard.testsupport.ApiTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Fifty real requests answer exactly as they did when recorded (src/test/resources/recorded, made by its
 * record.sh from the service before the answer pipeline was rebuilt): status, the headers a client
 * reads, and the body byte for byte. Only what differs between two imports of the same dataset is
 * masked: the import timestamps and the host the links were built from.
 */
@ApiTest
class RecordedAnswersTest {

    private static final List<String> HEADERS = List.of("cache-control", "content-disposition", "content-type", "link", "vary");

    @Test
    void everyRecordedRequestIsAnsweredByteForByteAsRecorded() {
        List<String> paths = read("requests.txt").lines().toList();
        assertEquals(50, paths.size());
        for (int i = 0; i < paths.size(); i++) {
            String path = paths.get(i);
            String recorded = read("%02d.http".formatted(i + 1));
            int split = recorded.indexOf("\n\n");
            Response response = given().urlEncodingEnabled(false).header("Accept", "*/*").get(path);
            assertEquals(masked(recorded.substring(0, split)), head(response), path);
            assertEquals(masked(recorded.substring(split + 2)), masked(new String(response.asByteArray(), StandardCharsets.UTF_8)), path);
        }
    }

    /** The status line and the compared headers, as record.sh writes them. */
    private static String head(Response response) {
        List<String> lines = new ArrayList<>();
        lines.add(response.statusLine());
        response.headers().asList().stream()
                .filter(h -> HEADERS.contains(h.getName().toLowerCase(Locale.ROOT)))
                .map(h -> h.getName() + ": " + h.getValue())
                .sorted(String.CASE_INSENSITIVE_ORDER)
                .forEach(lines::add);
        return masked(String.join("\n", lines));
    }

    private static String masked(String text) {
        return text.replaceAll("http://[a-z0-9.]+:\\d+/", "http://HOST/")
                .replaceAll("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?(Z|[+-]\\d\\d:\\d\\d)", "TIMESTAMP");
    }

    private static String read(String name) {
        try (InputStream in = Objects.requireNonNull(RecordedAnswersTest.class.getResourceAsStream("/recorded/" + name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
