package jp.mynacard.release;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A source as the API shows it; every figure cites one by id. */
@JsonPropertyOrder({"id", "title", "publisher", "url", "reliability", "precedence", "notes"})
@Schema(name = "Source")
public record SourceView(
        @Schema(examples = "C4J") String id,
        @Schema(examples = "Code for Japan「マイナンバーカード交付状況」CSV (extraction of MIC PDFs「マイナンバーカード交付状況について」)")
        String title,
        @Schema(examples = "Code for Japan / 総務省 (MIC)") String publisher,
        String url,
        @Schema(examples = "secondary-machine-extraction of primary") String reliability,
        @Schema(description = "Where the source stands when several give a figure for one metric, area and date: "
                + "the first in this order answers rankings, series and the summary; the others stay reachable "
                + "with `source=`. Derived from the reliability.", enumeration = {"official-table", "official-dashboard",
                "quoting-official", "secondary", "unverified", "tertiary"}, examples = "official-table") String precedence,
        @Schema(nullable = true, description = "Caveats on the source, where there are any.") String notes) {

    public static SourceView from(Source s) {
        return new SourceView(s.id(), s.title(), s.publisher(), s.url(), s.reliability(), s.tier().id(), s.notes());
    }
}
