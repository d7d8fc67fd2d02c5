package jp.mynacard.metric;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A metric as the API shows it. */
@JsonPropertyOrder({"id", "nameJa", "nameEn", "unit", "category", "service", "definition", "definitionNotes"})
@Schema(name = "Metric")
public record MetricView(
        @Schema(description = "Stable id, used in every query.", examples = "cards-issued") String id,
        @Schema(examples = "交付枚数（累計）") String nameJa,
        @Schema(examples = "Cards issued (cumulative)") String nameEn,
        @Schema(description = "What every figure of the metric counts: cards, applications, registrations, persons, "
                + "percent, cards/day ... (one unit per metric).", examples = "cards") String unit,
        @Schema(description = "surveys: public-opinion polls; each figure's note begins with its method (a probability "
                + "sample or a web panel) and respondents, then the sample and fieldwork as reported.", enumeration = {"applications", "issuance", "holders",
                "application-methods", "service-usage", "demographics", "surveys"}, examples = "issuance") String category,
        @Schema(nullable = true, description = "For service-usage metrics: the service.", examples = "health-insurance") String service,
        @Schema(examples = "Cumulative number of My Number Cards issued since 2016-01 (交付枚数).") String definition,
        @Schema(nullable = true, description = "Where the meaning changed over time or differs between sources.") String definitionNotes) {

    public static MetricView from(Metric m) {
        return new MetricView(m.id, m.nameJa, m.nameEn, m.unit, m.category, m.service, m.definition, m.definitionNotes);
    }
}
