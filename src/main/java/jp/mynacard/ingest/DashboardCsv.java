package jp.mynacard.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Digital Agency dashboard's own CSV, 「マイナンバーカードの普及に関するダッシュボード」, in both
 * generations (data/2023-2026/README.md): wide (files dated up to 2026-02-27: a row per month, the
 * month as English text "Feb-25", columns 3, 4, 8, 9 known) and long (from 2026-07-31: 年月, 指標名, 値).
 * Each figure is the national stock at the month's end. Known by its content, never by its name.
 */
final class DashboardCsv {

    enum Generation { WIDE, LONG }

    static final String PUBLISHER = "デジタル庁 (Digital Agency)";
    static final String DASHBOARD_URL = "https://www.digital.go.jp/resources/govdashboard/mynumber_penetration_rate";
    private static final List<String> LONG_HEADER = List.of("年月", "指標名", "値");
    private static final Pattern WIDE_MONTH = Pattern.compile("[A-Z][a-z]{2}-\\d{2}");
    private static final DateTimeFormatter ENGLISH_MONTH = DateTimeFormatter.ofPattern("MMM-yy", Locale.ENGLISH);
    private static final Pattern LONG_MONTH = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})");
    private static final Pattern FILE_DATE = Pattern.compile("(?:^|/)(\\d{8})_");
    private static final int ROWS_TO_DETECT = 30;

    /** What a column or an indicator holds: a metric, and the unit its cells are printed in. */
    private record Holds(String metric, String unit) {
    }

    /** A wide column: its position, what its header must mention, and what it holds. */
    private record WideColumn(int index, String headerMentions, Holds holds) {
    }

    private static final List<WideColumn> WIDE_COLUMNS = List.of(
            new WideColumn(3, "保有", new Holds("cards-held", "cards")),
            new WideColumn(4, "保有", new Holds("cards-held-rate", "percent")),
            new WideColumn(8, "登録", new Holds("health-insurance-registrations", "registrations")),
            new WideColumn(9, "登録", new Holds("health-insurance-registration-rate", "percent")));

    /** The long generation's indicators this importer knows, and what each holds. */
    private static final Map<String, Holds> INDICATORS = Map.of(
            "マイナンバーカード_保有枚数", new Holds("cards-held", "cards"),
            "マイナ保険証_利用登録件数", new Holds("health-insurance-registrations", "registrations"),
            "マイナ保険証_利用登録率", new Holds("health-insurance-registration-rate", "fraction"));

    /** What a file gave: its figures, and the indicators it had that no metric holds (by name, with rows). */
    record Result(List<ObservationRecord> observations, Map<String, Integer> unknownIndicators) {
    }

    private DashboardCsv() {
    }

    /** The generation of a dashboard CSV, if the file is one. */
    static Optional<Generation> detect(SourceFile file) {
        List<List<String>> head = new ArrayList<>();
        ImportProblems ignored = new ImportProblems();
        CsvTable.records(file, ignored, (line, values) -> {
            if (head.size() < ROWS_TO_DETECT && !isComment(values)) {
                head.add(values);
            }
        });
        if (!head.isEmpty() && head.get(0).equals(LONG_HEADER)) {
            return Optional.of(Generation.LONG);
        }
        boolean wide = head.stream().anyMatch(r -> r.size() > 9 && WIDE_MONTH.matcher(r.get(0)).matches());
        return wide ? Optional.of(Generation.WIDE) : Optional.empty();
    }

    /** A row whose first cell starts with '#': a remark added to a copy (test fixtures say there what they are). */
    private static boolean isComment(List<String> values) {
        return values.get(0).startsWith("#");
    }

    /** The date in an official file's name ("20260227_resources_..."), its publication date. */
    static Optional<LocalDate> fileDate(SourceFile file) {
        return fileDate(file.name());
    }

    /** The date in an official file's name or address (".../20260227_resources_..."). */
    static Optional<LocalDate> fileDate(String nameOrUrl) {
        Matcher m = FILE_DATE.matcher(nameOrUrl);
        try {
            return m.find() ? Optional.of(LocalDate.parse(m.group(1), DateTimeFormatter.BASIC_ISO_DATE)) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The source id of a file: DA_CSV_WIDE_20260227 (its publication date, else its newest month's end). */
    static String sourceId(Generation generation, LocalDate dated) {
        return "DA_CSV_" + generation + "_" + DateTimeFormatter.BASIC_ISO_DATE.format(dated);
    }

    /**
     * The figures of a file, citing no source yet: the file's source id needs its newest month when
     * the file's name gives no date ({@link #sourceId}), so the caller cites them once it is known.
     */
    static Result parse(SourceFile file, Generation generation, ImportProblems problems) {
        List<ObservationRecord> observations = new ArrayList<>();
        Map<String, Integer> unknown = new TreeMap<>();
        if (generation == Generation.WIDE) {
            wide(file, problems, observations);
        } else {
            longRows(file, problems, observations, unknown);
        }
        if (observations.isEmpty() && problems.isEmpty()) {
            problems.add(ImportProblem.ofFile(file.name(), "no figure: the file has no month with a known column or indicator"));
        }
        return new Result(observations, unknown);
    }

    /** Header rows are those whose first cell is not a month; the known columns' headers must say what they hold. */
    private static void wide(SourceFile file, ImportProblems problems, List<ObservationRecord> out) {
        List<StringBuilder> headers = new ArrayList<>();
        boolean[] checked = {false};
        CsvTable.records(file, problems, (line, values) -> {
            String first = values.get(0);
            if (isComment(values)) {
                return;
            }
            if (!WIDE_MONTH.matcher(first).matches()) {
                for (int i = 0; i < values.size(); i++) {
                    while (headers.size() <= i) {
                        headers.add(new StringBuilder());
                    }
                    headers.get(i).append(values.get(i));
                }
                return;
            }
            if (values.size() <= 9) {
                problems.add(new ImportProblem(file.name(), line, values.size() + 1,
                        "expected at least 10 columns (the month, then 3 = 保有枚数 ... 9 = 健保利用登録の率), found " + values.size()));
                return;
            }
            YearMonth month;
            try {
                month = YearMonth.parse(first, ENGLISH_MONTH);
            } catch (DateTimeParseException e) {
                problems.add(new ImportProblem(file.name(), line, 1, "not a month (Mmm-yy, as Feb-25): '" + first + "'"));
                return;
            }
            if (!checked[0]) {
                checked[0] = true;
                checkWideHeaders(file, line, headers, problems);
            }
            for (WideColumn column : WIDE_COLUMNS) {
                PrintedNumber.read(values.get(column.index()).strip(), file.name(), line, column.index() + 1, problems).ifPresent(v ->
                        out.add(figure(file, line, month, column.holds().metric(), v, column.holds().unit(), null)));
            }
        });
    }

    /** Where there are header rows, each known column's header must mention what it holds. */
    private static void checkWideHeaders(SourceFile file, int line, List<StringBuilder> headers, ImportProblems problems) {
        for (WideColumn column : WIDE_COLUMNS) {
            if (column.index() < headers.size() && !headers.get(column.index()).toString().contains(column.headerMentions())) {
                problems.add(new ImportProblem(file.name(), line - 1, column.index() + 1, "column " + column.index()
                        + " should be about " + column.headerMentions() + " (" + column.holds().metric() + "); its header says '"
                        + headers.get(column.index()) + "'"));
            }
        }
    }

    private static void longRows(SourceFile file, ImportProblems problems, List<ObservationRecord> out,
                                 Map<String, Integer> unknown) {
        boolean[] header = {true};
        CsvTable.records(file, problems, (line, values) -> {
            if (isComment(values)) {
                return;
            }
            if (header[0]) {
                header[0] = false;
                return;
            }
            if (values.size() == 1 && values.get(0).isEmpty()) {
                return;
            }
            if (values.size() != 3) {
                problems.add(new ImportProblem(file.name(), line, Math.min(values.size(), 3) + 1,
                        "expected 3 columns (年月, 指標名, 値), found " + values.size()));
                return;
            }
            Matcher m = LONG_MONTH.matcher(values.get(0).strip());
            if (!m.matches()) {
                problems.add(new ImportProblem(file.name(), line, 1, "not a month (YYYY/M/D, as 2025/5/1): '" + values.get(0) + "'"));
                return;
            }
            YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            Holds known = INDICATORS.get(values.get(1).strip());
            if (known == null) {
                unknown.merge(values.get(1).strip(), 1, Integer::sum);
                return;
            }
            String cell = values.get(2).strip();
            PrintedNumber.read(cell, file.name(), line, 3, problems).ifPresent(v -> {
                if ("fraction".equals(known.unit())) {
                    // Published as a fraction (0.91): the reader's percentage, exactly; the cell as published stays in the note.
                    out.add(figure(file, line, month, known.metric(), v.movePointRight(2), "percent",
                            "published as the fraction " + cell));
                } else {
                    out.add(figure(file, line, month, known.metric(), v, known.unit(), null));
                }
            });
        });
    }

    private static ObservationRecord figure(SourceFile file, int line, YearMonth month, String metric, BigDecimal value,
                                            String unit, String note) {
        LocalDate end = month.atEndOfMonth();
        return new ObservationRecord(metric, "00", new Period(end, end, "month-end", month.toString()), "", "", "",
                "", value, unit, "exact", null, null, note, file.name(), line);
    }
}
