package jp.mynacard.ingest;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a figure refers to: a day, or a span ending on {@code end}. {@code label} keeps the form the
 * source used ("2024-03", "FY2023", "TY2020", "2021-07..2022-07") so nothing is lost by normalising.
 */
public record Period(LocalDate start, LocalDate end, String kind, String label) {

    private static final Pattern FISCAL_YEAR = Pattern.compile("FY(\\d{4})");
    private static final Pattern PARTIAL_FISCAL_YEAR = Pattern.compile("FY(\\d{4})-to-(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern TAX_YEAR = Pattern.compile("TY(\\d{4})");
    private static final String AVERAGE_PREFIX = "period_avg_";
    /** Fieldwork over some days of one month, as a survey states it: 2024-11-15/18. */
    private static final Pattern DAYS_OF_A_MONTH = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})/(\\d{1,2})");

    public static Period day(LocalDate date) {
        return new Period(date, date, "as-of", date.toString());
    }

    /** A stock at the end of a month (cards held at month end), labelled by the month as published. */
    public static Period monthEnd(Period month) {
        return new Period(month.end(), month.end(), "month-end", month.label());
    }

    /**
     * Reads the period columns of the long-format files: {@code text} is a date, a month, a range
     * {@code A..B}, {@code FYyyyy}, {@code FYyyyy-to-date} or {@code TYyyyy}; {@code sourceKind} is
     * the file's kind column ({@code as_of}, {@code month}, {@code period_avg_<range>}...).
     *
     * @throws IllegalArgumentException with a message for the report when the text is none of these
     */
    public static Period parse(String text, String sourceKind) {
        if (sourceKind.startsWith(AVERAGE_PREFIX)) {
            Period averaged = span(sourceKind.substring(AVERAGE_PREFIX.length()));
            return new Period(averaged.start, averaged.end, "period-average", averaged.label);
        }
        Period span = span(text);
        return new Period(span.start, span.end, sourceKind.replace('_', '-'), span.label);
    }

    private static Period span(String text) {
        Matcher m;
        if ((m = PARTIAL_FISCAL_YEAR.matcher(text)).matches()) {
            return new Period(fiscalYearStart(m.group(1)), LocalDate.parse(m.group(2)), "", text);
        }
        if ((m = FISCAL_YEAR.matcher(text)).matches()) {
            LocalDate start = fiscalYearStart(m.group(1));
            return new Period(start, start.plusYears(1).minusDays(1), "", text);
        }
        if ((m = TAX_YEAR.matcher(text)).matches()) {
            int year = Integer.parseInt(m.group(1));
            return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), "", text);
        }
        int range = text.indexOf("..");
        if (range > 0) {
            return new Period(single(text.substring(0, range)).start, single(text.substring(range + 2)).end, "", text);
        }
        return single(text);
    }

    private static Period single(String text) {
        Matcher days = DAYS_OF_A_MONTH.matcher(text);
        if (days.matches()) {
            LocalDate start = LocalDate.parse(days.group(1));
            return new Period(start, start.withDayOfMonth(Integer.parseInt(days.group(2))), "", text);
        }
        try {
            if (text.length() == 4) {
                int year = Integer.parseInt(text);
                return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), "", text);
            }
            if (text.length() == 7) {
                YearMonth month = YearMonth.parse(text);
                return new Period(month.atDay(1), month.atEndOfMonth(), "", text);
            }
            LocalDate day = LocalDate.parse(text);
            return new Period(day, day, "", text);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("not a period (YYYY-MM-DD, YYYY-MM-DD/DD, YYYY-MM, YYYY, A..B, FYyyyy or TYyyyy): '"
                    + text + "'");
        }
    }

    private static LocalDate fiscalYearStart(String year) {
        return LocalDate.of(Integer.parseInt(year), 4, 1);
    }
}
