package jp.mynacard.web.answer;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An answer is admitted from the second time its question is asked for, never on the first; a
 * question asked before a change of releases is admitted at its first answer after it. Whether a
 * question was asked before can be looked up without counting as asking it.
 */
class AnswerCacheDoorkeeperTest {

    private static final String RANKING = "/api/v1/regional-rates?{}||false";

    private final AnswerCache cache = new AnswerCache(1 << 20);

    @Test
    void admitsAnAnswerOnlyWhenItsQuestionComesAgain() {
        assertFalse(cache.admits(RANKING), "a one-off query is not kept");
        assertTrue(cache.admits(RANKING));
        AnswerCache.Answer answer = answer("{\"count\":47}");
        cache.put("r58.0|" + RANKING, answer);
        assertSame(answer, cache.get("r58.0|" + RANKING));
    }

    @Test
    void otherQuestionsDoNotCount() {
        assertFalse(cache.admits("/api/v1/summary?{}||false"));
        assertFalse(cache.admits("/api/v1/areas?{}||false"));
        assertTrue(cache.admits("/api/v1/summary?{}||false"));
        assertNull(cache.get("r58.0|/api/v1/summary?{}||false"), "admitted, not yet kept");
    }

    @Test
    void aQuestionAskedBeforeAChangeIsKeptFromItsFirstAnswerAfterIt() {
        cache.admits(RANKING);
        cache.prepare(null).await().indefinitely().run(); // a release published: the kept answers go
        assertTrue(cache.admits(RANKING), "the popular question is not computed twice after the change");
    }

    @Test
    void askingWhetherAQuestionCameBeforeDoesNotRememberIt() {
        assertFalse(cache.askedBefore(RANKING));
        assertFalse(cache.askedBefore(RANKING), "asking is not asking for the answer");
        assertFalse(cache.admits(RANKING));
        assertTrue(cache.askedBefore(RANKING));
        cache.prepare(null).await().indefinitely().run();
        assertTrue(cache.askedBefore(RANKING), "after a change, the popular question is computed off the event loop");
    }

    private static AnswerCache.Answer answer(String json) {
        Validators validators = new Validators("r58.0|" + RANKING, RANKING, "\"r58.0-abc\"",
                java.time.OffsetDateTime.parse("2026-11-27T04:00:00Z"), Validators.LATEST_CACHE, false);
        return new AnswerCache.Answer(json.getBytes(), validators, Map.of("Content-Type", "application/json"), "/api/v1/test");
    }
}
