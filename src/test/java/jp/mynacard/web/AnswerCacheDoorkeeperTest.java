package jp.mynacard.web;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** An answer is kept from the second time its key is stored, never on the first. */
class AnswerCacheDoorkeeperTest {

    private final AnswerCache cache = new AnswerCache(1 << 20);

    @Test
    void keepsAnAnswerOnlyWhenItsKeyComesAgain() {
        AnswerCache.Answer answer = answer("{\"count\":47}");
        cache.put("r58.0|/api/v1/regional-rates?{}", answer);
        assertNull(cache.get("r58.0|/api/v1/regional-rates?{}"), "a one-off query is not kept");
        cache.put("r58.0|/api/v1/regional-rates?{}", answer);
        assertSame(answer, cache.get("r58.0|/api/v1/regional-rates?{}"));
    }

    @Test
    void otherKeysDoNotCount() {
        cache.put("r58.0|/api/v1/summary?{}", answer("{}"));
        cache.put("r58.0|/api/v1/areas?{}", answer("[]"));
        assertNull(cache.get("r58.0|/api/v1/areas?{}"));
        cache.put("r58.0|/api/v1/summary?{}", answer("{}"));
        assertNotNull(cache.get("r58.0|/api/v1/summary?{}"));
    }

    private static AnswerCache.Answer answer(String json) {
        return new AnswerCache.Answer(json.getBytes(), "\"r58.0-abc\"", "Fri, 27 Nov 2026 04:00:00 GMT",
                AnswerKeys.LATEST_CACHE, Map.of("Content-Type", "application/json"));
    }
}
