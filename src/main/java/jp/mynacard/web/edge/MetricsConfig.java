package jp.mynacard.web.edge;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Prometheus metrics at /q/metrics, switched at run time. */
@ConfigMapping(prefix = "mynacard.metrics")
public interface MetricsConfig {

    @WithDefault("true")
    boolean enabled();
}
