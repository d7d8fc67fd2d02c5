package jp.mynacard.stats;

import jp.mynacard.figure.ObservationRow;
import jp.mynacard.metric.Metric;
import jp.mynacard.release.Source;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Picks a metric's headline figure and its comparisons from its national series. Among figures of
 * the same date the more exact one wins (exact before approx...), then the source id, so the
 * choice is stable. Figures of sources not fit for headlines never make a tile.
 */
final class SummaryCalculator {

    /** Headline figures must rest on a traceable publication: these reliabilities are kept out of the tiles. */
    static final List<String> NOT_FOR_HEADLINES = List.of("secondary-unverified", "tertiary");

    /** The tiles of {@code metricIds} in that order, and the rows they show (for the answer's provenance). */
    record Tiles(List<SummaryTile> tiles, List<ObservationRow> shown) {
    }

    private static final List<String> PRECISION_ORDER = List.of("exact", "approx", "approx_1k", "approx_10k",
            "approx_1m", "lower_bound", "unstated");
    private static final Comparator<ObservationRow> NEWEST_BEST = Comparator.comparing(ObservationRow::date).reversed()
            .thenComparing(r -> PRECISION_ORDER.indexOf(r.precision()))
            .thenComparing(ObservationRow::source);

    private SummaryCalculator() {
    }

    static Tiles tiles(List<String> metricIds, Map<String, Metric> catalog, Map<String, Source> sources,
                       List<ObservationRow> national) {
        List<ObservationRow> usable = national.stream().filter(r -> headline(sources.get(r.source()))).toList();
        List<SummaryTile> tiles = metricIds.stream().map(id -> tile(catalog.get(id),
                usable.stream().filter(r -> r.metric().equals(id)).toList())).flatMap(Optional::stream).toList();
        List<ObservationRow> shown = usable.stream().filter(r -> tiles.stream()
                .anyMatch(tile -> tile.release() == r.release() && tile.source().equals(r.source()))).toList();
        return new Tiles(tiles, shown);
    }

    private static boolean headline(Source source) {
        return source != null && (source.reliability == null || !NOT_FOR_HEADLINES.contains(source.reliability));
    }

    static Optional<SummaryTile> tile(Metric metric, List<ObservationRow> series) {
        List<ObservationRow> ordered = series.stream().sorted(NEWEST_BEST).toList();
        if (ordered.isEmpty()) {
            return Optional.empty();
        }
        ObservationRow latest = ordered.get(0);
        Optional<ObservationRow> previous = ordered.stream().filter(r -> r.date().isBefore(latest.date())).findFirst();
        LocalDate yearBefore = latest.date().minusYears(1);
        Optional<ObservationRow> yearEarlier = ordered.stream()
                .filter(r -> !r.date().isAfter(yearBefore) && r.date().isAfter(yearBefore.minusMonths(2))).findFirst();
        return Optional.of(new SummaryTile(metric.id, metric.nameJa, metric.nameEn, latest.date(), latest.period(),
                latest.value(), latest.unit(), latest.precision(), latest.denominator(), latest.basisDate(),
                latest.source(), latest.release(),
                previous.map(ObservationRow::date).orElse(null), previous.map(ObservationRow::value).orElse(null),
                previous.map(p -> change(latest, p)).orElse(null),
                yearEarlier.map(ObservationRow::date).orElse(null), yearEarlier.map(ObservationRow::value).orElse(null),
                yearEarlier.map(y -> change(latest, y)).orElse(null), latest.note()));
    }

    /** Exact difference, only between figures in the same unit (cards and persons are not comparable). */
    private static BigDecimal change(ObservationRow latest, ObservationRow earlier) {
        return latest.unit().equals(earlier.unit()) ? latest.value().subtract(earlier.value()) : null;
    }
}
