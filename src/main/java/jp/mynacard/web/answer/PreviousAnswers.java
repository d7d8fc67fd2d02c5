package jp.mynacard.web.answer;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The kept answers of the state before a change, by question, for the moments after the change is
 * swapped in: a request whose question's new answer is being computed gets the previous answer instead
 * of waiting for that computation: after a change every popular answer is computed again at once
 * (docs/decisions/0002-previous-answers.md). The window closes, and only then is the change served (a
 * publisher gets its answer), so no read after that sees the state before it: when every previous question has its new
 * answer, or when none is being computed {@link #GRACE} after the swap (questions nobody asks now are
 * computed on demand, as before), or at the latest after {@link #LONGEST}.
 */
final class PreviousAnswers {

    /** Long enough for the readers of every popular question to start its computation. */
    static final Duration GRACE = Duration.ofMillis(100);
    /** A publish is acknowledged at most this much later than its swap. */
    static final Duration LONGEST = Duration.ofSeconds(2);
    private static final Duration STEP = Duration.ofMillis(10);

    private volatile Map<String, AnswerCache.Answer> byQuestion = Map.of();
    /** Previous questions without their new answer yet, and those of them being computed. */
    private final Set<String> unanswered = ConcurrentHashMap.newKeySet();
    private final Set<String> computing = ConcurrentHashMap.newKeySet();
    private volatile long openedAt;

    /** Opens the window on the answers kept before a change (at its swap). */
    void open(Collection<AnswerCache.Answer> answers) {
        close();
        Map<String, AnswerCache.Answer> previous = answers.stream()
                .collect(Collectors.toMap(answer -> answer.validators().question(), Function.identity(), (a, b) -> a));
        unanswered.addAll(previous.keySet());
        openedAt = System.nanoTime();
        byQuestion = previous;
    }

    /** The previous answer to this question while the window is open, else null. */
    AnswerCache.Answer get(String question) {
        return byQuestion.get(question);
    }

    void computing(String question) {
        if (byQuestion.containsKey(question)) {
            computing.add(question);
        }
    }

    void computed(String question) {
        computing.remove(question);
        unanswered.remove(question);
    }

    /** Completes when the window closes (it closes it). */
    Uni<Void> closed() {
        if (byQuestion.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Multi.createFrom().ticks().every(STEP).filter(tick -> closable()).toUni()
                .invoke(this::close).replaceWithVoid();
    }

    private boolean closable() {
        long open = System.nanoTime() - openedAt;
        return unanswered.isEmpty() || open >= GRACE.toNanos() && computing.isEmpty() || open >= LONGEST.toNanos();
    }

    void close() {
        byQuestion = Map.of();
        unanswered.clear();
        computing.clear();
    }
}
