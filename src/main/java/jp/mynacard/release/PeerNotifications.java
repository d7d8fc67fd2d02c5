package jp.mynacard.release;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgChannel;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgConnectOptions;
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

    private PgSubscriber subscriber;

    void listen(@Observes StartupEvent event) {
        PgConnectOptions options = PgConnectOptions.fromUri(url.replaceFirst("^vertx-reactive:", ""));
        user.ifPresent(options::setUser);
        password.ifPresent(options::setPassword);
        subscriber = PgSubscriber.subscriber(vertx, options).reconnectPolicy(retries -> 1_000L);
        PgChannel channel = subscriber.channel(CHANNEL);
        // Each (re)connection gets a handler for its failures, which the driver would otherwise print raw.
        channel.subscribeHandler(() -> subscriber.actualConnection().exceptionHandler(failure ->
                LOG.warnf("The connection listening for dataset changes failed (%s); it reconnects", failure.getMessage())));
        channel.handler(payload -> {
            if (!payload.startsWith(INSTANCE)) {
                LOG.infof("Another instance changed the dataset (%s): reloading", payload);
                views.changed(new DatasetChanged(releaseIds(payload), true)).subscribe().with(done -> { });
            }
        });
        subscriber.connect().subscribe().with(ok -> LOG.debug("Listening for dataset changes"),
                failure -> LOG.warn("Cannot listen for dataset changes of other instances", failure));
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
        if (subscriber != null) {
            subscriber.closeAndForget();
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
