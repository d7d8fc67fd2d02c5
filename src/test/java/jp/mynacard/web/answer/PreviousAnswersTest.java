package jp.mynacard.web.answer;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The window after a change in which a question being computed again gets the answer of the state before. */
class PreviousAnswersTest {

    private static final String SUMMARY = "/api/v1/summary?{}||false";
    private static final String RANKING = "/api/v1/regional-rates?{}||false";

    private final AnswerCache.Answer summary = answer("r61", SUMMARY);
    private final AnswerCache.Answer ranking = answer("r61", RANKING);
    private final PreviousAnswers previous = new PreviousAnswers();

    @Test
    void closesAsSoonAsEveryPreviousQuestionIsAnsweredAgain() {
        previous.open(List.of(summary, ranking));
        assertSame(summary, previous.get(SUMMARY));
        assertSame(ranking, previous.get(RANKING));
        assertNull(previous.get("/api/v1/metrics?{}||false"), "not kept before the change");
        long started = System.nanoTime();
        previous.computing(SUMMARY);
        previous.computing(RANKING);
        previous.computed(SUMMARY);
        previous.computed(RANKING);
        previous.closed().await().atMost(Duration.ofSeconds(1));
        assertTrue(elapsed(started) < PreviousAnswers.GRACE.toMillis(), elapsed(started) + " ms");
        assertNull(previous.get(SUMMARY), "closed: the new state only");
    }

    @Test
    void aQuestionNobodyAsksAgainHoldsTheWindowOnlyForTheGrace() {
        previous.open(List.of(summary, ranking));
        previous.computing(SUMMARY);
        previous.computed(SUMMARY);
        long started = System.nanoTime();
        previous.closed().await().atMost(Duration.ofSeconds(1));
        long took = elapsed(started);
        assertTrue(took >= PreviousAnswers.GRACE.toMillis() - 10 && took < PreviousAnswers.LONGEST.toMillis(), took + " ms");
        assertNull(previous.get(RANKING));
    }

    @Test
    void aComputationUnderWayHoldsTheWindowUntilItEnds() throws InterruptedException {
        previous.open(List.of(summary, ranking));
        previous.computing(RANKING);
        long started = System.nanoTime();
        Thread ends = new Thread(() -> {
            sleep(300);
            assertSame(ranking, previous.get(RANKING), "still open while its answer is computed");
            previous.computed(RANKING);
        });
        ends.start();
        previous.closed().await().atMost(Duration.ofSeconds(2));
        ends.join();
        long took = elapsed(started);
        assertTrue(took >= 290 && took < PreviousAnswers.LONGEST.toMillis(), took + " ms");
    }

    @Test
    void closesAtTheLatestAfterTheLongestWait() {
        previous.open(List.of(summary));
        previous.computing(SUMMARY); // never ends
        long started = System.nanoTime();
        previous.closed().await().atMost(Duration.ofSeconds(4));
        long took = elapsed(started);
        assertTrue(took >= PreviousAnswers.LONGEST.toMillis() - 10 && took < PreviousAnswers.LONGEST.toMillis() + 1000, took + " ms");
        assertNull(previous.get(SUMMARY));
    }

    @Test
    void nothingKeptNothingToWaitFor() {
        previous.open(List.of());
        previous.computing(SUMMARY); // asked for the first time: no previous answer to stand in
        long started = System.nanoTime();
        previous.closed().await().atMost(Duration.ofSeconds(1));
        assertTrue(elapsed(started) < 50, elapsed(started) + " ms");
        assertNull(previous.get(SUMMARY));
    }

    @Test
    void aComputationStartedBeforeTheChangeDoesNotCount() {
        previous.computing(SUMMARY); // window closed: not tracked
        previous.open(List.of(summary));
        previous.computing(SUMMARY);
        assertEquals(summary, previous.get(SUMMARY));
        previous.computed(SUMMARY);
        previous.closed().await().atMost(Duration.ofSeconds(1));
        assertNull(previous.get(SUMMARY));
    }

    private static AnswerCache.Answer answer(String state, String question) {
        Validators validators = new Validators(state + "|" + question, question, "\"" + state + "-1\"",
                OffsetDateTime.parse("2026-12-01T00:00:00Z"), Validators.LATEST_CACHE, false);
        return new AnswerCache.Answer("{}".getBytes(StandardCharsets.UTF_8), validators, Map.of(), "/api/v1/summary");
    }

    private static long elapsed(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
