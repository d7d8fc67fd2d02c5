package jp.mynacard.web.edge;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.config.MeterFilterReply;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Turns the metrics off at run time ({@code MYNACARD_METRICS_ENABLED=false}): every meter is denied, so
 * nothing is recorded and {@code /q/metrics} answers empty. Quarkus's own switch is fixed when the jar
 * is built, and an operator must not need another build to turn the metrics off.
 */
public class MetricsSwitch {

    @Produces
    @Singleton
    MeterFilter metricsSwitch(MetricsConfig config) {
        return filter(config.enabled());
    }

    static MeterFilter filter(boolean enabled) {
        return new MeterFilter() {
            @Override
            public MeterFilterReply accept(Meter.Id id) {
                return enabled ? MeterFilterReply.NEUTRAL : MeterFilterReply.DENY;
            }
        };
    }
}
