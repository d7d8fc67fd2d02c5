package jp.mynacard.stats;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.mynacard.observation.ObservationStore;
import jp.mynacard.observation.Observations;
import jp.mynacard.observation.ObservationQuery;
import jp.mynacard.problem.ApiException;
import jp.mynacard.problem.ProblemType;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Turns a {@code date} parameter into the reference date to answer for. "latest" (the default) and
 * YYYY or YYYY-MM mean the newest date within that span at which all {@code areas} expected have a
 * figure, or failing that the newest with any; a day must have figures. Otherwise no-data, naming
 * the dates that do.
 */
@ApplicationScoped
public class DateResolver {

    public static final String LATEST = "latest";

    @Inject
    Observations figures;

    public Uni<LocalDate> resolve(String date, ObservationQuery query, int areas) {
        return resolve("date", date, query, areas);
    }

    /** The same for a date parameter of another name ({@code name} in its errors). */
    public Uni<LocalDate> resolve(String name, String date, ObservationQuery query, int areas) {
        DateRange range = date == null || LATEST.equals(date) ? null : DateRange.parse(name, date);
        return figures.dates(query).map(all -> {
            List<ObservationStore.DateCoverage> within = all.stream()
                    .filter(d -> range == null || (!d.date().isBefore(range.start()) && !d.date().isAfter(range.end())))
                    .toList();
            return within.stream().filter(d -> d.areas() >= areas).findFirst().or(() -> within.stream().findFirst())
                    .map(ObservationStore.DateCoverage::date)
                    .orElseThrow(() -> new ApiException(ProblemType.NO_DATA, noData(date,
                            all.stream().map(ObservationStore.DateCoverage::date).sorted(Comparator.reverseOrder()).toList())));
        });
    }

    private static String noData(String date, List<LocalDate> dates) {
        if (dates.isEmpty()) {
            return "The dataset holds no figures for this query at any date.";
        }
        return "No figures for this query at '" + date + "'. Figures exist for " + dates.size() + " date(s) from "
                + dates.get(dates.size() - 1) + " to " + dates.get(0) + (dates.size() <= 10 ? ": " + dates : "") + ".";
    }
}
