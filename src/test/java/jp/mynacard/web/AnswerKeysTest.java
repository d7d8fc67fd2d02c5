package jp.mynacard.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Answers are kept compressed only for clients whose Accept-Encoding accepts gzip (RFC 9110 q-values). */
class AnswerKeysTest {

    @Test
    void acceptsGzipWhenNamedOrStarredWithAPositiveWeight() {
        assertTrue(AnswerKeys.acceptsGzip("gzip, deflate, br"));
        assertTrue(AnswerKeys.acceptsGzip("deflate, GZIP;q=0.5"));
        assertTrue(AnswerKeys.acceptsGzip("x-gzip"));
        assertTrue(AnswerKeys.acceptsGzip("br, *"));
    }

    @Test
    void refusesGzipWhenAbsentOrWeightedZero() {
        assertFalse(AnswerKeys.acceptsGzip(null));
        assertFalse(AnswerKeys.acceptsGzip(""));
        assertFalse(AnswerKeys.acceptsGzip("identity"));
        assertFalse(AnswerKeys.acceptsGzip("br, deflate"));
        assertFalse(AnswerKeys.acceptsGzip("gzip;q=0, br"));
        assertFalse(AnswerKeys.acceptsGzip("*;q=0"));
        assertFalse(AnswerKeys.acceptsGzip("gzip;q=x"));
    }
}
