package jp.mynacard.release;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The releases as a log of events, a publication and a retraction each, in the order they happened
 * (then by release id). Derived from the release table alone, so every replica numbers and orders the
 * same events the same way, and a client may resume on any of them ({@code Last-Event-ID}).
 */
final class ReleaseEvents {

    static final String PUBLISHED = "release";
    static final String RETRACTED = "retraction";
    /** What an event id looks like: "release-61" or "retraction-61". */
    static final Pattern ID = Pattern.compile("(" + PUBLISHED + "|" + RETRACTED + ")-[1-9][0-9]{0,17}");

    /** One event: its id (stable across replicas), its name and the release as it is now. */
    record Event(String id, String name, OffsetDateTime at, Release release) {
    }

    private ReleaseEvents() {
    }

    static List<Event> of(Collection<Release> releases) {
        List<Event> events = new ArrayList<>();
        for (Release r : releases) {
            events.add(new Event(PUBLISHED + "-" + r.id(), PUBLISHED, r.importedAt(), r));
            if (r.retractedAt() != null) {
                events.add(new Event(RETRACTED + "-" + r.id(), RETRACTED, r.retractedAt(), r));
            }
        }
        events.sort(Comparator.comparing(Event::at).thenComparingLong(e -> e.release().id())
                .thenComparing(Event::name, Comparator.reverseOrder()));
        return events;
    }

    /** The events after the one named {@code id}; null when no event has that id. */
    static List<Event> after(List<Event> events, String id) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).id().equals(id)) {
                return events.subList(i + 1, events.size());
            }
        }
        return null;
    }

    /** The events of {@code now} that {@code before} did not have, in order. */
    static List<Event> since(List<Event> before, List<Event> now) {
        Set<String> known = before.stream().map(Event::id).collect(Collectors.toSet());
        return now.stream().filter(e -> !known.contains(e.id())).toList();
    }
}
