package jp.mynacard.release;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jp.mynacard.common.DatasetChanged;
import jp.mynacard.common.DatasetViews;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps several instances on one database in step: each announces its own imports and retractions
 * with NOTIFY, and a change announced by another instance makes this one rebuild its in-memory views
 * too.
 */
@ApplicationScoped
public class PeerNotifications {

    private static final Pattern ANNOUNCED_IDS = Pattern.compile(" \\[([0-9, ]*)]$");

    static final String CHANNEL = "mynacard_dataset";
    private static final long RECONNECT_MILLIS = 1_000;
    private static final Logger LOG = Logger.getLogger(PeerNotifications.class);
    private static final String INSTANCE = UUID.randomUUID().toString();

    @Inject
    Vertx vertx;

    @Inject
    Pool pool;

    @Inject
    DatasetViews views;

    @ConfigProperty(name = "quarkus.datasource.reactive.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> user;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    private PgConnectOptions options;
    /** The connection that listens, while it is open. */
    private volatile PgConnection listening;
    private volatile boolean stopped;

    void listen(@Observes StartupEvent event) {
        options = PgConnectOptions.fromUri(url.replaceFirst("^vertx-reactive:", ""));
        user.ifPresent(options::setUser);
        password.ifPresent(options::setPassword);
        connect();
    }

    /**
     * A connection of its own, not a PgSubscriber's: its failure handler is set the moment it exists (a
     * subscriber's connection has none until LISTEN is done, and the driver prints a failure in that
     * window raw); closed, it is opened again a second later.
     */
    private void connect() {
        if (stopped) {
            return;
        }
        PgConnection.connect(vertx.getDelegate(), options).onComplete(connected -> {
            if (connected.failed()) {
                LOG.debugf("Cannot listen for dataset changes yet (%s); trying again", connected.cause().getMessage());
                vertx.getDelegate().setTimer(RECONNECT_MILLIS, retry -> connect());
                return;
            }
            PgConnection connection = connected.result();
            connection.exceptionHandler(failure -> LOG.warnf(
                    "The connection listening for dataset changes failed (%s); it reconnects", failure.getMessage()));
            connection.closeHandler(closed -> {
                listening = null;
                vertx.getDelegate().setTimer(RECONNECT_MILLIS, retry -> connect());
            });
            connection.notificationHandler(notification -> {
                if (CHANNEL.equals(notification.getChannel())) {
                    changed(notification.getPayload());
                }
            });
            connection.query("LISTEN " + CHANNEL).execute().onComplete(listen -> {
                if (listen.succeeded()) {
                    listening = connection;
                    LOG.debug("Listening for dataset changes");
                } else {
                    LOG.warnf("Cannot listen for dataset changes (%s); trying again", listen.cause().getMessage());
                    connection.close();
                }
            });
        });
    }

    private void changed(String payload) {
        if (!payload.startsWith(INSTANCE)) {
            LOG.infof("Another instance changed the dataset (%s): reloading", payload);
            views.changed(new DatasetChanged(releaseIds(payload), true)).subscribe().with(done -> { });
        }
    }

    /** The releases an announcement "instance [3, 4]" names; none (all is read again) when it names none. */
    static List<Long> releaseIds(String payload) {
        Matcher list = ANNOUNCED_IDS.matcher(payload);
        if (!list.find()) {
            return List.of();
        }
        return Arrays.stream(list.group(1).split(",")).map(String::strip).filter(id -> !id.isEmpty()).map(Long::valueOf).toList();
    }

    void stop(@Observes ShutdownEvent event) {
        stopped = true;
        PgConnection connection = listening;
        if (connection != null) {
            connection.close();
        }
    }

    void announce(@Observes DatasetChanged event) {
        if (!event.fromPeer()) {
            pool.preparedQuery("SELECT pg_notify($1, $2)")
                    .execute(io.vertx.mutiny.sqlclient.Tuple.of(CHANNEL, INSTANCE + " " + event.releaseIds()))
                    .subscribe().with(rows -> { }, failure -> LOG.warn("Could not announce a dataset change", failure));
        }
    }
}
