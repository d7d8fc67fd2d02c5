package jp.mynacard.stats.ranking;

import jp.mynacard.stats.StatsParameters;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Which areas an analysis ranks, on which metric and source (the parameters standings and movers share). */
public record RankedAreas(
        @Parameter(description = "Metric id (default cards-issued-rate). For example `cards-issued-rate`.")
        @QueryParam("metric") String metric,
        @Parameter(description = "prefecture (default) or municipality. For example `prefecture`.")
        @QueryParam("level")
        @Pattern(regexp = "prefecture|municipality", message = "must be prefecture or municipality") String level,
        @Parameter(description = "A prefecture (code or name): its municipalities. For example `13`.")
        @QueryParam("parent") String parent,
        @Parameter(description = StatsParameters.SOURCE_DESCRIPTION) @QueryParam("source") String source) {

    /** The ranking at the date of the parameter {@code dateName}. */
    public RegionalRateService.Question at(String dateName, String date) {
        return new RegionalRateService.Question(metric, level, parent, dateName, date, source);
    }
}
