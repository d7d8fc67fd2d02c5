package jp.mynacard.stats;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The from/to pair that every series query takes. */
public record PeriodParameters(
        @QueryParam("from")
        @Parameter(description = "First date: YYYY, YYYY-MM or YYYY-MM-DD. For example `2020`.")
        String from,

        @QueryParam("to")
        @Parameter(description = "Last date: YYYY, YYYY-MM or YYYY-MM-DD. For example `2022-12-31`.")
        String to) {

    /** The span asked for; 400 naming the parameter when malformed or from is after to. */
    public DateRange range() {
        return DateRange.between(from, to);
    }
}
