package jp.mynacard.observation;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when the current figures are served from memory: before that every read waits for them
 * (3.7 s for the first read after UP, when readiness said only that the dataset was imported).
 */
@Readiness
@ApplicationScoped
public class ObservationsInMemory implements HealthCheck {

    private final MemoryObservationStore figures;

    ObservationsInMemory(MemoryObservationStore figures) {
        this.figures = figures;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("figures-in-memory").status(figures.loaded()).build();
    }
}
