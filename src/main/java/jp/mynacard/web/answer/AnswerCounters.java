package jp.mynacard.web.answer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * How the API's reads were answered ({@code mynacard_answers_total{from=...}} at /q/metrics): from
 * memory, computed (by a route or the REST layer), or not modified (304).
 */
@ApplicationScoped
public class AnswerCounters {

    private final Counter memory;
    private final Counter computed;
    private final Counter notModified;

    AnswerCounters(MeterRegistry registry) {
        this.memory = counter(registry, "memory");
        this.computed = counter(registry, "computed");
        this.notModified = counter(registry, "not-modified");
    }

    private static Counter counter(MeterRegistry registry, String from) {
        return Counter.builder("mynacard.answers").tag("from", from)
                .description("Reads of the API by how they were answered").register(registry);
    }

    void fromMemory() {
        memory.increment();
    }

    void computed() {
        computed.increment();
    }

    void notModified() {
        notModified.increment();
    }
}
