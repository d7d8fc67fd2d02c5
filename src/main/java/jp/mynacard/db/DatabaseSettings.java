package jp.mynacard.db;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Decides, before Quarkus starts, whether a database is configured. The service reads its
 * connection from {@code mynacard.db.*} (environment {@code MYNACARD_DB_HOST}, ...) or from the
 * standard {@code quarkus.datasource.*} URLs; with neither, it runs an embedded PostgreSQL.
 */
public final class DatabaseSettings {

    static final String HOST = "mynacard.db.host";
    static final String DATA_DIR = "mynacard.embedded.data-dir";

    private DatabaseSettings() {
    }

    public static Map<String, String> properties(String host, int port, String database, String user) {
        return Map.of(HOST, host,
                "mynacard.db.port", Integer.toString(port),
                "mynacard.db.name", database,
                "mynacard.db.user", user);
    }

    public static boolean externalDatabaseConfigured() {
        return Stream.of(HOST, "quarkus.datasource.reactive.url", "quarkus.datasource.jdbc.url")
                .anyMatch(key -> setting(key).isPresent());
    }

    /** Default: {@code ~/.local/share/mynacard-api/postgres}; overridden by MYNACARD_EMBEDDED_DATA_DIR. */
    public static Path embeddedDataDirectory() {
        return setting(DATA_DIR).map(Path::of).orElseGet(() -> Path.of(System.getProperty("user.home"),
                ".local", "share", "mynacard-api", "postgres"));
    }

    private static Optional<String> setting(String key) {
        String env = key.toUpperCase().replaceAll("[^A-Z0-9]", "_");
        return Stream.of(System.getProperty(key), System.getenv(env))
                .filter(value -> value != null && !value.isBlank())
                .findFirst();
    }
}
