package jp.mynacard.ingest;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * Loads the bundled dataset at startup after the migrations: the first start imports everything,
 * later starts find every checksum present and write nothing. Ready once this has run.
 */
@Readiness
@ApplicationScoped
public class BundledDatasetLoader implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(BundledDatasetLoader.class);

    @Inject
    Importer importer;

    @Inject
    DatasetConfig config;

    private volatile boolean loaded;

    void onStart(@Observes StartupEvent event) {
        if (config.loadAtStart()) {
            long started = System.nanoTime();
            ImportReport report;
            try {
                report = importer.importAll(BundledDataset.inputs()).await().atMost(Duration.ofMinutes(5));
            } catch (ImportRejectedException e) {
                e.problems().forEach(problem -> LOG.error(problem));
                throw e;
            }
            LOG.infof("Bundled dataset: %d release(s) imported with %d figures, %d already present, in %d ms",
                    report.created().size(), report.observationCount(), report.unchanged().size(),
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
        }
        loaded = true;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("bundled-dataset").status(loaded).build();
    }
}
