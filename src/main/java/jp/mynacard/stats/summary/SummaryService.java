package jp.mynacard.stats.summary;

import jp.mynacard.stats.MetaFactory;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jp.mynacard.area.AreaCodes;
import jp.mynacard.observation.Observations;
import jp.mynacard.observation.ObservationQuery;
import jp.mynacard.metric.MetricCatalog;
import jp.mynacard.release.ReleaseCatalog;
import jp.mynacard.release.Vintage;

import java.util.List;
import java.util.stream.Stream;

/** The dashboard's headline tiles, from the nation's figures. */
@ApplicationScoped
public class SummaryService {

    static final List<SummaryCalculator.Headline> HEADLINES = List.of(
            new SummaryCalculator.Headline("cards-held", "cards-held-rate"),
            new SummaryCalculator.Headline("applications", "application-rate"),
            new SummaryCalculator.Headline("cards-issued", "cards-issued-rate"),
            new SummaryCalculator.Headline("health-insurance-registrations", "health-insurance-registration-rate"));
    private static final List<String> METRICS = HEADLINES.stream()
            .flatMap(h -> Stream.of(h.count(), h.rate())).toList();
    static final String NOTE = "Each tile is the newest national count of its metric from a source whose precedence is "
            + "not " + String.join(" or ", SummaryCalculator.NOT_FOR_HEADLINES) + " (those figures stay available through "
            + "the series endpoints); where sources give the same date, the one first in source precedence. The rate, "
            + "the previous and the year-earlier figures are of the same source, the rate of the same date (absent where "
            + "that source published none). Changes are exact differences between published figures.";

    private final Observations figures;
    private final MetricCatalog metrics;
    private final ReleaseCatalog releases;
    private final MetaFactory meta;

    SummaryService(Observations figures, MetricCatalog metrics, ReleaseCatalog releases, MetaFactory meta) {
        this.figures = figures;
        this.metrics = metrics;
        this.releases = releases;
        this.meta = meta;
    }

    public Uni<SummaryResource.SummaryResponse> summary(Vintage vintage) {
        return Uni.combine().all().unis(metrics.all(), releases.get(),
                        figures.find(ObservationQuery.of(METRICS).area(AreaCodes.NATION).asOf(vintage).build()))
                .withUni((catalog, releaseCatalog, national) -> {
                    SummaryCalculator.Tiles tiles = SummaryCalculator.tiles(HEADLINES, catalog, releaseCatalog.sources(), national);
                    return meta.of(tiles.shown(), METRICS, NOTE)
                            .map(m -> new SummaryResource.SummaryResponse(tiles.tiles(), m.counting(tiles.tiles().size())));
                });
    }
}
