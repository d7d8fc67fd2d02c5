package jp.mynacard.web.edge;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MetricsSwitchTest {

    @Test
    void switchedOffNothingIsRecorded() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        registry.config().meterFilter(MetricsSwitch.filter(false));
        registry.counter("mynacard.answers", "from", "memory").increment();
        registry.timer("http.server.requests", "uri", "/api/v1/summary").record(java.time.Duration.ofMillis(3));
        assertTrue(registry.getMeters().isEmpty());
    }

    @Test
    void switchedOnEverythingIs() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        registry.config().meterFilter(MetricsSwitch.filter(true));
        registry.counter("mynacard.answers", "from", "memory").increment(2);
        assertEquals(2.0, registry.counter("mynacard.answers", "from", "memory").count());
    }
}
