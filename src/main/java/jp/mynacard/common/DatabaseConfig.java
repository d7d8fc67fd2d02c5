package jp.mynacard.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/**
 * The database the service uses (the embedded server sets these itself when no host is given; see
 * db/DatabaseSettings) and how long one call of a request may take.
 */
@ConfigMapping(prefix = "mynacard.db")
public interface DatabaseConfig {

    /** Unset: the service starts its embedded PostgreSQL. */
    Optional<String> host();

    int port();

    String name();

    String user();

    Optional<String> password();

    /** Past it the request answers 503 with Retry-After. */
    @WithDefault("2S")
    Duration requestBudget();
}
