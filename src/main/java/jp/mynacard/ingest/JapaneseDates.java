package jp.mynacard.ingest;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as MIC prints them inside header text, in the Japanese eras: R7.1.1 or 令和7年1月1日 (a day),
 * R7.8末 or 令和7年8月末 (a month's end); H for 平成.
 */
final class JapaneseDates {

    private static final Pattern SHORT = Pattern.compile("([RH])(\\d{1,2})\\.(\\d{1,2})(?:\\.(\\d{1,2})|(末))");
    private static final Pattern LONG = Pattern.compile("(令和|平成)(\\d{1,2}|元)年(\\d{1,2})月(?:(\\d{1,2})日|(末))");

    private JapaneseDates() {
    }

    /** The first era date in {@code text}, if any. */
    static Optional<LocalDate> find(String text) {
        Matcher m = SHORT.matcher(text);
        if (m.find()) {
            return Optional.of(date(m.group(1).equals("R") ? 2018 : 1988, m.group(2), m.group(3), m.group(4)));
        }
        m = LONG.matcher(text);
        if (m.find()) {
            return Optional.of(date(m.group(1).equals("令和") ? 2018 : 1988, m.group(2), m.group(3), m.group(4)));
        }
        return Optional.empty();
    }

    /** Year {@code offset + era year} ("元" is 1); no day means the month's end. */
    private static LocalDate date(int offset, String eraYear, String month, String day) {
        int year = offset + ("元".equals(eraYear) ? 1 : Integer.parseInt(eraYear));
        YearMonth ym = YearMonth.of(year, Integer.parseInt(month));
        return day == null ? ym.atEndOfMonth() : ym.atDay(Integer.parseInt(day));
    }
}
