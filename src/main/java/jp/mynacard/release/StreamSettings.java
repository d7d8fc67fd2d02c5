package jp.mynacard.release;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The release stream's limits (Server-Sent Events, /api/v1/releases/stream). */
@ConfigMapping(prefix = "mynacard.stream")
public interface StreamSettings {

    /** Open streams per instance; one more is refused with 503 and Retry-After. */
    @WithDefault("1000")
    int maxClients();

    /** How often an idle stream gets a comment line, so that proxies keep it open. */
    @WithDefault("25S")
    Duration keepAlive();
}
