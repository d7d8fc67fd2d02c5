package jp.mynacard.stats.summary;

import jp.mynacard.stats.Preferred;
import jp.mynacard.observation.ObservationRow;
import jp.mynacard.metric.Metric;
import jp.mynacard.release.Source;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Picks each headline's figures from the national series: the newest count (one per date, by source
 * precedence), the rate of the same date and source beside it, and the previous and year-earlier
 * counts of that same source, so that a tile never mixes sources or dates. Figures of sources not fit
 * for headlines never make a tile.
 */
final class SummaryCalculator {

    /** Headline figures must rest on a traceable publication: these precedences are kept out of the tiles. */
    static final List<String> NOT_FOR_HEADLINES = List.of("unverified", "tertiary");

    /** A headline: a count and the rate computed from it. */
    record Headline(String count, String rate) {
    }

    /** The tiles of the headlines in that order, and the rows they show (for the answer's provenance). */
    record Tiles(List<SummaryTile> tiles, List<ObservationRow> shown) {
    }

    private SummaryCalculator() {
    }

    static Tiles tiles(List<Headline> headlines, Map<String, Metric> catalog, Map<String, Source> sources,
                       List<ObservationRow> national) {
        List<ObservationRow> usable = national.stream().filter(r -> headline(sources.get(r.source()))).toList();
        List<SummaryTile> tiles = new ArrayList<>();
        List<ObservationRow> shown = new ArrayList<>();
        for (Headline headline : headlines) {
            List<ObservationRow> counts = Preferred.of(of(usable, headline.count()), sources).rows();
            counts.stream().max(Comparator.comparing(ObservationRow::date)).ifPresent(latest -> {
                Optional<ObservationRow> rate = of(usable, headline.rate()).stream()
                        .filter(r -> r.date().equals(latest.date()) && r.source().equals(latest.source())).findFirst();
                List<ObservationRow> sameSource = of(usable, headline.count()).stream()
                        .filter(r -> r.source().equals(latest.source()) && r.date().isBefore(latest.date()))
                        .sorted(Comparator.comparing(ObservationRow::date).reversed()).toList();
                Optional<ObservationRow> previous = sameSource.stream().findFirst();
                LocalDate yearBefore = latest.date().minusYears(1);
                Optional<ObservationRow> yearEarlier = sameSource.stream()
                        .filter(r -> !r.date().isAfter(yearBefore) && r.date().isAfter(yearBefore.minusMonths(2))).findFirst();
                tiles.add(tile(catalog.get(headline.count()), latest, rate, previous, yearEarlier));
                Stream.of(Optional.of(latest), rate, previous, yearEarlier).flatMap(Optional::stream).forEach(shown::add);
            });
        }
        return new Tiles(tiles, shown);
    }

    private static List<ObservationRow> of(List<ObservationRow> rows, String metric) {
        return rows.stream().filter(r -> r.metric().equals(metric)).toList();
    }

    private static boolean headline(Source source) {
        return source != null && !NOT_FOR_HEADLINES.contains(source.tier().id());
    }

    private static SummaryTile tile(Metric metric, ObservationRow latest, Optional<ObservationRow> rate,
                                    Optional<ObservationRow> previous, Optional<ObservationRow> yearEarlier) {
        return new SummaryTile(metric.id, metric.nameJa, metric.nameEn, latest.date(), latest.period(),
                latest.value(), latest.unit(), latest.precision(), latest.source(), latest.release(),
                rate.map(ObservationRow::metric).orElse(null), rate.map(ObservationRow::value).orElse(null),
                rate.map(ObservationRow::denominator).orElse(null), rate.map(ObservationRow::basisDate).orElse(null),
                previous.map(ObservationRow::date).orElse(null), previous.map(ObservationRow::value).orElse(null),
                previous.map(p -> change(latest, p)).orElse(null),
                yearEarlier.map(ObservationRow::date).orElse(null), yearEarlier.map(ObservationRow::value).orElse(null),
                yearEarlier.map(y -> change(latest, y)).orElse(null), latest.note());
    }

    /** Exact difference between two published figures of one metric and source. */
    private static BigDecimal change(ObservationRow latest, ObservationRow earlier) {
        return latest.value().subtract(earlier.value());
    }
}
