package jp.mynacard.release;

import jp.mynacard.testsupport.ApiTest;
import jp.mynacard.testsupport.RawHttp;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A HEAD of the event stream ends with its head, so the connection goes on to its next request. */
@ApiTest
class ReleaseStreamHeadTest {

    private static final Pattern STATUS = Pattern.compile("HTTP/1.1 (\\d{3})");

    @Test
    void theNextRequestOnTheConnectionIsAnswered() throws Exception {
        // read until the server closes after the second answer
        String both = RawHttp.exchange("HEAD " + ReleaseStreamResource.PATH + " HTTP/1.1\r\nHost: localhost\r\n\r\n"
                + "GET /api/v1/releases/47 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", Duration.ofSeconds(5));
        Matcher status = STATUS.matcher(both);
        assertTrue(status.find() && status.group(1).equals("200"), both);
        assertTrue(both.toLowerCase().contains("content-type: text/event-stream"), both);
        assertTrue(status.find(), "no answer to the second request: " + both);
        assertEquals("200", status.group(1));
        assertTrue(both.contains("\"name\":\"mic-2022-12-31\""), both);
    }
}
