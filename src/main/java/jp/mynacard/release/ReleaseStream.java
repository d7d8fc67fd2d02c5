package jp.mynacard.release;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import jp.mynacard.common.DatasetChanged;
import jp.mynacard.common.DatasetView;
import jp.mynacard.problem.ApiException;
import jp.mynacard.problem.ProblemType;

import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open release streams of this instance. A change of the releases, made here or announced by
 * another instance ({@link PeerNotifications}), reaches every stream once this instance serves it: the
 * events are the difference between the release log as last sent and as it is now ({@link ReleaseEvents}),
 * worked out once the change is served, after the kept answers.
 */
@ApplicationScoped
public class ReleaseStream implements DatasetView {

    /** How long a client waits before it reconnects (the SSE "retry" field). */
    private static final long RECONNECT_MILLIS = 5_000;

    private final ReleaseCatalog releases;
    private final ObjectMapper json;
    private final StreamSettings settings;
    private final Vertx vertx;
    private final Set<Client> clients = ConcurrentHashMap.newKeySet();
    /** The log as the streams have it; null until the first one opens. Guarded by this. */
    private List<ReleaseEvents.Event> sent;
    private long keepAliveTimer = -1;

    private record Client(SseEventSink sink, Sse sse) {
    }

    ReleaseStream(ReleaseCatalog releases, ObjectMapper json, StreamSettings settings, Vertx vertx) {
        this.releases = releases;
        this.json = json;
        this.settings = settings;
        this.vertx = vertx;
    }

    /** Loads the catalog, which a stream needs at once, and starts the keep-alive comments. */
    void start(@Observes StartupEvent event) {
        releases.get().subscribe().with(loaded -> { }, failure -> { }); // a failure is the readiness check's to report
        keepAliveTimer = vertx.setPeriodic(settings.keepAlive().toMillis(), tick -> clients.forEach(client ->
                send(client, client.sse().newEventBuilder().comment("keep-alive").build())));
    }

    /** Ends every stream as shutdown begins, so that the drain does not wait for them; clients reconnect elsewhere. */
    void stop(@Observes ShutdownDelayInitiatedEvent event) {
        vertx.cancelTimer(keepAliveTimer);
        clients.forEach(client -> client.sink().close());
        clients.clear();
    }

    /**
     * Opens a stream: the events after {@code lastEventId} when a client resumes, else a "ready" event
     * whose id is the latest event's; then every new event.
     */
    void open(SseEventSink sink, Sse sse, String lastEventId) {
        if (lastEventId != null && !ReleaseEvents.ID.matcher(lastEventId).matches()) {
            throw ApiException.invalidParameter("Last-Event-ID", "must be an event id of this stream, such as release-61");
        }
        clients.removeIf(client -> client.sink().isClosed());
        if (clients.size() >= settings.maxClients()) {
            throw new ApiException(ProblemType.TOO_MANY_STREAMS, "This instance has " + clients.size()
                    + " open release streams, its limit; try again shortly (another instance may take it).");
        }
        ReleaseCatalog.Catalog catalog = releases.now();
        if (catalog == null) {
            throw new ApiException(ProblemType.SERVICE_UNAVAILABLE, "The releases are not loaded yet.");
        }
        synchronized (this) {
            if (sent == null) {
                sent = ReleaseEvents.of(catalog.releases().values());
            }
            List<ReleaseEvents.Event> missed = lastEventId == null ? List.of() : ReleaseEvents.after(sent, lastEventId);
            if (missed == null) {
                throw ApiException.invalidParameter("Last-Event-ID", "names no event of this service: '" + lastEventId
                        + "'; reconnect without it");
            }
            Client client = new Client(sink, sse);
            clients.add(client);
            if (lastEventId == null) {
                send(client, ready(sse, catalog));
            }
            missed.forEach(event -> send(client, event(sse, event)));
        }
    }

    /** Nothing to build: the streams are told once the change is served ({@link #settled}). */
    @Override
    public Uni<Runnable> prepare(DatasetChanged change) {
        return Uni.createFrom().item(() -> () -> { });
    }

    /**
     * Told only now, after the kept answers settled: a client that reads again on an event gets the new
     * state, not an answer kept from before the change.
     */
    @Override
    public Uni<Void> settled() {
        announce();
        return Uni.createFrom().voidItem();
    }

    /** Sends what changed since the streams were last told. */
    private synchronized void announce() {
        ReleaseCatalog.Catalog catalog = releases.now();
        if (catalog == null || sent == null) {
            return;
        }
        List<ReleaseEvents.Event> now = ReleaseEvents.of(catalog.releases().values());
        List<ReleaseEvents.Event> fresh = ReleaseEvents.since(sent, now);
        sent = now;
        fresh.forEach(event -> clients.forEach(client -> send(client, event(client.sse(), event))));
    }

    @Override
    public void discard() {
        // Nothing is kept that a failed rebuild could leave stale: the next change is told against the log as sent.
    }

    @Override
    public Stage stage() {
        return Stage.ANNOUNCEMENTS;
    }

    private OutboundSseEvent ready(Sse sse, ReleaseCatalog.Catalog catalog) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("latestState", catalog.latestState());
        data.put("releases", catalog.releases().size());
        String latest = sent.isEmpty() ? null : sent.get(sent.size() - 1).id();
        data.put("lastEventId", latest);
        OutboundSseEvent.Builder event = sse.newEventBuilder().name("ready").data(text(data)).reconnectDelay(RECONNECT_MILLIS);
        return latest == null ? event.build() : event.id(latest).build();
    }

    private OutboundSseEvent event(Sse sse, ReleaseEvents.Event event) {
        return sse.newEventBuilder().name(event.name()).id(event.id())
                .data(text(ReleaseView.from(event.release()))).build();
    }

    private void send(Client client, OutboundSseEvent event) {
        if (client.sink().isClosed()) {
            clients.remove(client);
            return;
        }
        client.sink().send(event).whenComplete((done, failure) -> {
            if (failure != null) {
                clients.remove(client);
                client.sink().close();
            }
        });
    }

    private String text(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
