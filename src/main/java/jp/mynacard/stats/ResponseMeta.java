package jp.mynacard.stats;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jp.mynacard.metric.MetricView;
import jp.mynacard.release.ReleaseView;
import jp.mynacard.release.SourceView;
import jp.mynacard.web.representation.PreEncoded;
import jp.mynacard.web.representation.Provenance;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Provenance that travels with every answer: releases, sources, metric definitions, attribution. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Meta", requiredProperties = {"count", "releases", "lastUpdated", "sources", "metrics", "attribution"})
public record ResponseMeta(
        @Schema(description = "Rows (or points) in this answer.", examples = "47") int count,
        @JsonSerialize(contentUsing = PreEncoded.class)
        @Schema(description = "The releases the figures come from.") List<ReleaseRef> releases,
        @Schema(description = "When the data was last updated (newest import).") OffsetDateTime lastUpdated,
        @JsonSerialize(contentUsing = PreEncoded.class)
        @Schema(description = "The sources the figures cite.") List<SourceView> sources,
        @JsonSerialize(contentUsing = PreEncoded.class)
        @Schema(description = "Definitions of the metrics used.") List<MetricView> metrics,
        @Schema(description = "Sources that also give figures for questions this answer asks, set aside by source "
                + "precedence (see Source.precedence); ask for one with `source=`. Absent when none.")
        List<Alternative> alternatives,
        @Schema(description = "Coverage notes: what the dataset does not hold.") String note,
        @JsonSerialize(using = PreEncoded.class) String attribution) implements Provenance {

    /** The same provenance for an answer of {@code n} rows built from other rows (summary tiles). */
    public ResponseMeta counting(int n) {
        return new ResponseMeta(n, releases, lastUpdated, sources, metrics, alternatives, note, attribution);
    }

    /** The sheet "sources" of an xlsx answer: sources, definitions and releases, then the attribution. */
    @Override
    public List<List<Object>> provenanceRows() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("出典 · Sources"));
        rows.add(List.of("id", "title", "publisher", "url", "reliability", "notes"));
        sources.forEach(s -> rows.add(Arrays.asList(s.id(), s.title(), s.publisher(), s.url(), s.reliability(), s.notes())));
        rows.add(null);
        rows.add(List.of("指標の定義 · Definitions"));
        rows.add(List.of("id", "nameJa", "nameEn", "unit", "definition", "definitionNotes"));
        metrics.forEach(m -> rows.add(Arrays.asList(m.id(), m.nameJa(), m.nameEn(), m.unit(), m.definition(), m.definitionNotes())));
        rows.add(null);
        rows.add(List.of("リリース · Releases"));
        rows.add(List.of("id", "name", "title", "publisher", "url", "referenceDate", "publishedOn"));
        releases.forEach(r -> rows.add(Arrays.asList(r.id(), r.name(), r.title(), r.publisher(), r.url(), r.referenceDate(),
                r.publishedOn())));
        rows.add(null);
        rows.add(Arrays.asList("最終更新 · Last updated", lastUpdated));
        if (alternatives != null) {
            rows.add(null);
            rows.add(List.of("他の出典 · Alternatives (source=)"));
            rows.add(List.of("source", "precedence", "figures"));
            alternatives.forEach(a -> rows.add(Arrays.asList(a.source(), a.precedence(), a.figures())));
        }
        rows.add(Arrays.asList("注記 · Note", note));
        rows.add(List.of("Attribution", attribution));
        return rows;
    }

    /** A source whose figures an answer set aside, and how many. */
    @Schema(name = "Alternative")
    public record Alternative(@Schema(examples = "NLAB2022") String source,
                              @Schema(examples = "secondary") String precedence,
                              @Schema(description = "Figures of this source set aside.", examples = "1") int figures) {
    }

    @Schema(name = "ReleaseRef")
    public record ReleaseRef(@Schema(examples = "47") long id,
                             @Schema(examples = "mic-2022-12-31") String name,
                             @Schema(examples = "マイナンバーカード交付状況について（2022年12月31日時点）") String title,
                             @Schema(examples = "総務省 (Ministry of Internal Affairs and Communications)") String publisher,
                             @Schema(nullable = true, description = "The publisher's page; none for a curated file.") String url,
                             @Schema(examples = "2022-12-31") LocalDate referenceDate,
                             @Schema(nullable = true, description = ReleaseView.PUBLISHED_ON) LocalDate publishedOn) {
    }
}
