package jp.mynacard.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jp.mynacard.db.DatabaseSettings;
import jp.mynacard.db.EmbeddedDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A fresh, empty database for each test run: on an external PostgreSQL when MYNACARD_TEST_DB_HOST
 * names one (MYNACARD_TEST_DB_PORT and _USER optional), otherwise on an embedded one in a temporary
 * directory. Nothing a previous run left behind is used.
 */
public class TestDatabase implements QuarkusTestResourceLifecycleManager {

    private EmbeddedDatabase embedded;
    private Path embeddedDirectory;
    private String externalAdminUrl;
    private String databaseName;
    private String user;

    @Override
    public Map<String, String> start() {
        String host = System.getenv("MYNACARD_TEST_DB_HOST");
        if (host == null || host.isBlank()) {
            try {
                embeddedDirectory = Files.createTempDirectory("mynacard-test-");
                embedded = EmbeddedDatabase.start(embeddedDirectory.resolve("pgdata"), true, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return embedded.connectionProperties();
        }
        int port = Integer.parseInt(System.getenv().getOrDefault("MYNACARD_TEST_DB_PORT", "5432"));
        user = System.getenv().getOrDefault("MYNACARD_TEST_DB_USER", "postgres");
        externalAdminUrl = "jdbc:postgresql://" + host + ":" + port + "/postgres";
        databaseName = "mynacard_test_" + ProcessHandle.current().pid() + "_" + System.currentTimeMillis();
        execute("CREATE DATABASE " + databaseName);
        return DatabaseSettings.properties(host, port, databaseName, user);
    }

    @Override
    public void stop() {
        if (embedded != null) {
            embedded.close();
            deleteRecursively(embeddedDirectory);
        } else {
            execute("DROP DATABASE IF EXISTS " + databaseName + " WITH (FORCE)");
        }
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(externalAdminUrl, user, null)) {
            connection.createStatement().execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run '" + sql + "' on " + externalAdminUrl, e);
        }
    }
}
