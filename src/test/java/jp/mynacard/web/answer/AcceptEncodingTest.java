package jp.mynacard.web.answer;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Answers are kept compressed only for clients whose Accept-Encoding accepts gzip (RFC 9110 q-values). */
class AcceptEncodingTest {

    @Test
    void acceptsGzipWhenNamedOrStarredWithAPositiveWeight() {
        assertTrue(AnswerRequest.acceptsGzip("gzip, deflate, br"));
        assertTrue(AnswerRequest.acceptsGzip("deflate, GZIP;q=0.5"));
        assertTrue(AnswerRequest.acceptsGzip("x-gzip"));
        assertTrue(AnswerRequest.acceptsGzip("br, *"));
    }

    @Test
    void refusesGzipWhenAbsentOrWeightedZero() {
        assertFalse(AnswerRequest.acceptsGzip(null));
        assertFalse(AnswerRequest.acceptsGzip(""));
        assertFalse(AnswerRequest.acceptsGzip("identity"));
        assertFalse(AnswerRequest.acceptsGzip("br, deflate"));
        assertFalse(AnswerRequest.acceptsGzip("gzip;q=0, br"));
        assertFalse(AnswerRequest.acceptsGzip("*;q=0"));
        assertFalse(AnswerRequest.acceptsGzip("gzip;q=x"));
    }
}
