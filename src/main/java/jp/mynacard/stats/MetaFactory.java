package jp.mynacard.stats;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.mynacard.common.Attribution;
import jp.mynacard.observation.ObservationRow;
import jp.mynacard.metric.Metric;
import jp.mynacard.metric.MetricCatalog;
import jp.mynacard.metric.MetricView;
import jp.mynacard.release.Release;
import jp.mynacard.release.ReleaseCatalog;
import jp.mynacard.release.SourceView;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/** Builds the {@link ResponseMeta} of an answer from the rows it holds. */
@ApplicationScoped
public class MetaFactory {

    @Inject
    ReleaseCatalog releases;

    @Inject
    MetricCatalog metrics;

    /** The views of one state of the catalogs, built once rather than for every answer. */
    private record Views(ReleaseCatalog.Catalog catalog, Map<String, Metric> metricCatalog,
                         Map<Long, ResponseMeta.ReleaseRef> releases, Map<String, SourceView> sources,
                         Map<String, MetricView> metrics) {

        static Views of(ReleaseCatalog.Catalog catalog, Map<String, Metric> metricCatalog) {
            return new Views(catalog, metricCatalog, map(catalog.releases(), MetaFactory::ref),
                    map(catalog.sources(), SourceView::from), map(metricCatalog, MetricView::from));
        }

        boolean isFor(ReleaseCatalog.Catalog catalog, Map<String, Metric> metricCatalog) {
            return this.catalog == catalog && this.metricCatalog == metricCatalog;
        }

        private static <K, V, W> Map<K, W> map(Map<K, V> values, Function<V, W> view) {
            Map<K, W> views = new HashMap<>();
            values.forEach((key, value) -> views.put(key, view.apply(value)));
            return views;
        }
    }

    private volatile Views views;

    /** Meta for {@code rows}, defining {@code metricIds} (those asked for, even when no row has them). */
    public Uni<ResponseMeta> of(List<ObservationRow> rows, Collection<String> metricIds, String note) {
        return of(rows, List.of(), metricIds, note);
    }

    /** Meta for the figures chosen, naming the sources of those set aside as alternatives. */
    public Uni<ResponseMeta> of(Preferred figures, Collection<String> metricIds, String note) {
        return of(figures.rows(), figures.setAside(), metricIds, note);
    }

    private Uni<ResponseMeta> of(List<ObservationRow> rows, List<ObservationRow> setAside, Collection<String> metricIds,
                                 String note) {
        return Uni.combine().all().unis(releases.get(), metrics.all()).with((catalog, metricMap) -> {
            Views v = views(catalog, metricMap);
            List<ResponseMeta.ReleaseRef> releaseRefs = distinct(rows, ObservationRow::release, v.releases());
            List<SourceView> sources = distinct(rows, ObservationRow::source, v.sources());
            List<MetricView> definitions = metricIds.stream().distinct().map(v.metrics()::get).filter(Objects::nonNull).toList();
            return new ResponseMeta(rows.size(), releaseRefs, catalog.lastUpdated(), sources, definitions,
                    alternatives(setAside, v.sources()), note, Attribution.TEXT);
        });
    }

    private static List<ResponseMeta.Alternative> alternatives(List<ObservationRow> setAside, Map<String, SourceView> sources) {
        if (setAside.isEmpty()) {
            return null;
        }
        Map<String, Integer> counts = new TreeMap<>();
        setAside.forEach(r -> counts.merge(r.source(), 1, Integer::sum));
        List<ResponseMeta.Alternative> alternatives = new ArrayList<>(counts.size());
        counts.forEach((id, n) -> alternatives.add(new ResponseMeta.Alternative(id,
                sources.containsKey(id) ? sources.get(id).precedence() : null, n)));
        return alternatives;
    }

    private Views views(ReleaseCatalog.Catalog catalog, Map<String, Metric> metricMap) {
        Views v = views;
        if (v == null || !v.isFor(catalog, metricMap)) {
            v = Views.of(catalog, metricMap);
            views = v;
        }
        return v;
    }

    /** The views of the distinct keys the rows cite, in key order. */
    private static <K extends Comparable<K>, V> List<V> distinct(List<ObservationRow> rows, Function<ObservationRow, K> key,
                                                                  Map<K, V> views) {
        TreeSet<K> keys = new TreeSet<>();
        rows.forEach(row -> keys.add(key.apply(row)));
        List<V> found = new ArrayList<>(keys.size());
        keys.forEach(k -> {
            V view = views.get(k);
            if (view != null) {
                found.add(view);
            }
        });
        return found;
    }

    private static ResponseMeta.ReleaseRef ref(Release r) {
        return new ResponseMeta.ReleaseRef(r.id(), r.name(), r.title(), r.publisher(), r.url(), r.referenceDate(), r.publishedOn());
    }
}
