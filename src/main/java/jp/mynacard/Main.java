package jp.mynacard;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import jp.mynacard.db.DatabaseSettings;
import jp.mynacard.db.EmbeddedDatabase;
import jp.mynacard.ingest.ImportCommand;
import org.jboss.logging.Logger;

/**
 * Entry point of the packaged service (and of {@code import DIR}, the bulk import command): starts the
 * embedded PostgreSQL first when no database is configured, because the datasource URLs must be known
 * before Quarkus reads its configuration.
 */
@QuarkusMain
public final class Main {

    private static final Logger LOG = Logger.getLogger(Main.class);

    private Main() {
    }

    public static void main(String... args) {
        if (!DatabaseSettings.externalDatabaseConfigured()) {
            var dataDirectory = DatabaseSettings.embeddedDataDirectory();
            LOG.infof("No database configured: starting the embedded PostgreSQL in %s", dataDirectory);
            // The server stops with the JVM (zonky's shutdown hook).
            EmbeddedDatabase.start(dataDirectory, false).connectionProperties().forEach(System::setProperty);
        }
        if (args.length > 0 && "import".equals(args[0])) {
            // Command mode: no HTTP port of its own to clash with a running service.
            System.setProperty("quarkus.http.port", "0");
            Quarkus.run(ImportCommand.class, args);
        } else {
            Quarkus.run(args);
        }
    }
}
