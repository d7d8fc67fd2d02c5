package jp.mynacard.release;

import io.quarkus.test.common.http.TestHTTPResource;
import jp.mynacard.testsupport.ApiTest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A HEAD of the event stream ends with its head, so the connection goes on to its next request. */
@ApiTest
class ReleaseStreamHeadTest {

    private static final Pattern STATUS = Pattern.compile("HTTP/1.1 (\\d{3})");

    @TestHTTPResource("/")
    URI base;

    @Test
    void theNextRequestOnTheConnectionIsAnswered() throws Exception {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(("HEAD " + ReleaseStreamResource.PATH + " HTTP/1.1\r\nHost: localhost\r\n\r\n"
                    + "GET /api/v1/releases/47 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answers = new ByteArrayOutputStream();
            in.transferTo(answers); // until the server closes after the second answer
            String both = answers.toString(StandardCharsets.UTF_8);
            Matcher status = STATUS.matcher(both);
            assertTrue(status.find() && status.group(1).equals("200"), both);
            assertTrue(both.toLowerCase().contains("content-type: text/event-stream"), both);
            assertTrue(status.find(), "no answer to the second request: " + both);
            assertEquals("200", status.group(1));
            assertTrue(both.contains("\"name\":\"mic-2022-12-31\""), both);
        }
    }
}
