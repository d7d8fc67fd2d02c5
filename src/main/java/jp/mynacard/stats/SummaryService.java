package jp.mynacard.stats;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jp.mynacard.area.AreaCodes;
import jp.mynacard.figure.Figures;
import jp.mynacard.figure.ObservationQuery;
import jp.mynacard.metric.MetricCatalog;
import jp.mynacard.release.ReleaseCatalog;
import jp.mynacard.release.Vintage;

import java.util.List;

/** The dashboard's headline tiles, from the nation's figures. */
@ApplicationScoped
public class SummaryService {

    static final List<String> TILES = List.of("cards-held", "cards-held-rate", "applications", "application-rate",
            "cards-issued", "cards-issued-rate", "health-insurance-registrations");
    static final String NOTE = "Each tile is the newest national figure of its metric from a source whose reliability is "
            + "not " + String.join(" or ", SummaryCalculator.NOT_FOR_HEADLINES) + " (those figures stay available through "
            + "the series endpoints). Changes are exact differences between published figures, absent where units differ.";

    private final Figures figures;
    private final MetricCatalog metrics;
    private final ReleaseCatalog releases;
    private final MetaFactory meta;

    SummaryService(Figures figures, MetricCatalog metrics, ReleaseCatalog releases, MetaFactory meta) {
        this.figures = figures;
        this.metrics = metrics;
        this.releases = releases;
        this.meta = meta;
    }

    public Uni<SummaryResource.SummaryResponse> summary(Vintage vintage) {
        return Uni.combine().all().unis(metrics.all(), releases.get(),
                        figures.find(ObservationQuery.of(TILES).area(AreaCodes.NATION).asOf(vintage).build()))
                .withUni((catalog, releaseCatalog, national) -> {
                    SummaryCalculator.Tiles tiles = SummaryCalculator.tiles(TILES, catalog, releaseCatalog.sources(), national);
                    return meta.of(tiles.shown(), TILES, NOTE)
                            .map(m -> new SummaryResource.SummaryResponse(tiles.tiles(), m));
                });
    }
}
