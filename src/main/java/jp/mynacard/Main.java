package jp.mynacard;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import jp.mynacard.db.DatabaseSettings;
import jp.mynacard.db.EmbeddedDatabase;
import jp.mynacard.db.ServiceStopped;
import jp.mynacard.db.UploadDirectories;
import jp.mynacard.ingest.ImportCommand;
import org.jboss.logging.Logger;

import java.nio.file.Path;

/**
 * Entry point of the packaged service (and of {@code import DIR}, the bulk import command): starts the
 * embedded PostgreSQL first when no database is configured, because the datasource URLs must be known
 * before Quarkus reads its configuration.
 */
@QuarkusMain
public final class Main {

    private static final Logger LOG = Logger.getLogger(Main.class);
    private static final String UPLOADS_PROPERTY = "quarkus.http.body.uploads-directory";

    private Main() {
    }

    /**
     * Uploads are spooled under java.io.tmpdir/mynacard-uploads/&lt;pid&gt; unless configured; what a killed
     * process left there is removed at start.
     */
    private static void spoolUploadsPerProcess() {
        if (System.getProperty(UPLOADS_PROPERTY) != null || System.getenv("QUARKUS_HTTP_BODY_UPLOADS_DIRECTORY") != null) {
            return;
        }
        UploadDirectories uploads = new UploadDirectories(Path.of(System.getProperty("java.io.tmpdir"), "mynacard-uploads"));
        int removed = uploads.removeLeftovers();
        if (removed > 0) {
            LOG.infof("Removed the upload spool of %d process(es) that no longer run", removed);
        }
        System.setProperty(UPLOADS_PROPERTY, uploads.own().toString());
    }

    /** How long the embedded database waits, at shutdown, for the service to drain and stop. */
    private static final long SERVICE_STOP_WAIT_SECONDS = 60;

    public static void main(String... args) {
        // Quarkus answers a request line that is no URI (raw UTF-8, as curl sends ?area=東京) with an empty
        // 400 before any route runs; without its check, the edge answers it with problem+json.
        System.setProperty("vertx.disableURIValidation", "true");
        spoolUploadsPerProcess();
        if (!DatabaseSettings.externalDatabaseConfigured()) {
            var dataDirectory = DatabaseSettings.embeddedDataDirectory();
            LOG.infof("No database configured: starting the embedded PostgreSQL in %s", dataDirectory);
            EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory, false, false);
            database.connectionProperties().forEach(System::setProperty);
            // Stopped last: after the service has drained its requests (quarkus.shutdown.timeout) and stopped.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                ServiceStopped.await(SERVICE_STOP_WAIT_SECONDS);
                database.close();
            }, "embedded-postgresql-stop"));
        }
        try {
            if (args.length > 0 && "import".equals(args[0])) {
                // Command mode: no HTTP port of its own to clash with a running service.
                System.setProperty("quarkus.http.port", "0");
                Quarkus.run(ImportCommand.class, args);
            } else {
                Quarkus.run(args);
            }
        } finally {
            ServiceStopped.now();
        }
    }
}
