package jp.mynacard.web;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An answer is admitted from the second time its key is asked for, never on the first. */
class AnswerCacheDoorkeeperTest {

    private final AnswerCache cache = new AnswerCache(1 << 20);

    @Test
    void admitsAnAnswerOnlyWhenItsKeyComesAgain() {
        assertFalse(cache.admits("r58.0|/api/v1/regional-rates?{}"), "a one-off query is not kept");
        assertTrue(cache.admits("r58.0|/api/v1/regional-rates?{}"));
        AnswerCache.Answer answer = answer("{\"count\":47}");
        cache.put("r58.0|/api/v1/regional-rates?{}", answer);
        assertSame(answer, cache.get("r58.0|/api/v1/regional-rates?{}"));
    }

    @Test
    void otherKeysDoNotCount() {
        assertFalse(cache.admits("r58.0|/api/v1/summary?{}"));
        assertFalse(cache.admits("r58.0|/api/v1/areas?{}"));
        assertTrue(cache.admits("r58.0|/api/v1/summary?{}"));
        assertNull(cache.get("r58.0|/api/v1/summary?{}"), "admitted, not yet kept");
    }

    private static AnswerCache.Answer answer(String json) {
        Validators validators = new Validators("r58.0|/api/v1/metrics?{}", "\"r58.0-abc\"",
                java.time.OffsetDateTime.parse("2026-11-27T04:00:00Z"), Validators.LATEST_CACHE, false);
        return new AnswerCache.Answer(json.getBytes(), validators, Map.of("Content-Type", "application/json"));
    }
}
