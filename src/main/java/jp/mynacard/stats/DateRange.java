package jp.mynacard.stats;

import jp.mynacard.problem.ApiException;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** A date parameter: YYYY, YYYY-MM or YYYY-MM-DD, read as the span of days it names. */
public record DateRange(LocalDate start, LocalDate end) {

    public static final String FORMS = "YYYY, YYYY-MM or YYYY-MM-DD";

    public static DateRange parse(String parameter, String text) {
        try {
            return switch (text.length()) {
                case 4 -> new DateRange(Year.parse(text).atDay(1), Year.parse(text).atMonth(12).atEndOfMonth());
                case 7 -> new DateRange(YearMonth.parse(text).atDay(1), YearMonth.parse(text).atEndOfMonth());
                case 10 -> new DateRange(LocalDate.parse(text), LocalDate.parse(text));
                default -> throw new DateTimeParseException("length", text, 0);
            };
        } catch (DateTimeParseException e) {
            throw ApiException.invalidParameter(parameter, "must be " + FORMS + ", not '" + text + "'");
        }
    }

    /** The from/to pair; either may be absent. from after to is an error naming both. */
    public static DateRange between(String from, String to) {
        LocalDate start = from == null ? null : parse("from", from).start();
        LocalDate end = to == null ? null : parse("to", to).end();
        if (start != null && end != null && start.isAfter(end)) {
            throw ApiException.invalidParameter("from", "must not be after 'to' (" + from + " > " + to + ")");
        }
        return new DateRange(start, end);
    }
}
