package jp.mynacard.db;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * When the service has stopped: after the drain of its requests, as the last observer of Quarkus'
 * ShutdownEvent. The embedded database's stop hook waits for it. (On SIGTERM, Quarkus.run never returns
 * to its caller: its System.exit waits for the shutdown hooks, this one among them.)
 */
@ApplicationScoped
public class ServiceStopped {

    private static final CountDownLatch STOPPED = new CountDownLatch(1);

    void stopped(@Observes @Priority(Integer.MAX_VALUE) ShutdownEvent event) {
        STOPPED.countDown();
    }

    /** Also when Quarkus.run returns (command mode, a failed start). */
    public static void now() {
        STOPPED.countDown();
    }

    /** Waits at most {@code seconds} for the service to stop; interrupted, it stops waiting. */
    public static void await(long seconds) {
        try {
            STOPPED.await(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
