package jp.mynacard.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns import inputs into release drafts, one at a time, each validated completely before it is
 * written; areas and sources that an input introduces are known to the inputs after it.
 */
final class ImportParser {

    static final String MIC_PUBLISHER = "総務省 (Ministry of Internal Affairs and Communications)";
    static final String MIC_URL = "https://www.soumu.go.jp/kojinbango_card/kofujokyo.html";
    static final String CURATED_PUBLISHER = "mynacard-api, compiled from the sources listed in sources.csv";
    private static final DateTimeFormatter JAPANESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final ReferenceData reference;
    ImportParser(ReferenceData reference) {
        this.reference = reference;
    }

    /** Sources first: the figures of the same import may cite them. */
    static List<ImportInput> inOrder(List<ImportInput> inputs) {
        List<ImportInput> ordered = new ArrayList<>(inputs);
        ordered.sort(Comparator.comparing(input -> !isSources(input)));
        return ordered;
    }

    /**
     * One input, validated completely (codes, names, numbers, dates, metrics, sources, duplicate
     * keys); its problems, each with file, line and column, refuse the whole import.
     */
    ReleaseDraft parse(ImportInput input) {
        ImportProblems problems = new ImportProblems();
        ReleaseDraft draft = input.kind() == ImportInput.Kind.MIC_TABLES ? micTables(input, problems) : longFormat(input, problems);
        problems.throwIfAny();
        return draft;
    }

    private static boolean isSources(ImportInput input) {
        return input.kind() == ImportInput.Kind.LONG_FORMAT
                && LongFormat.detect(input.files().get(0)).orElse(null) == LongFormat.SOURCES;
    }

    private ReleaseDraft micTables(ImportInput input, ImportProblems problems) {
        MicTableSetParser.Result result = new MicTableSetParser(reference, problems).parse(input.files());
        List<ObservationRecord> observations = checked(result.observations(), problems);
        LocalDate date = result.referenceDate();
        String title = "マイナンバーカード交付状況について" + (date == null ? "" : "（" + JAPANESE_DATE.format(date) + "時点）");
        return new ReleaseDraft("mic-" + date, "mic-tables", date, null, MIC_PUBLISHER, title, MIC_URL, input.checksum(),
                input.contentChecksum(), names(input), observations, result.areas(), List.of(), List.of());
    }

    private ReleaseDraft longFormat(ImportInput input, ImportProblems problems) {
        SourceFile file = input.files().get(0);
        if (MicWorkbook.isWorkbook(file)) {
            return micWorkbook(input, problems);
        }
        LongFormat format = LongFormat.detect(file).orElse(null);
        if (format == null) {
            Optional<DashboardCsv.Generation> dashboard = DashboardCsv.detect(file);
            if (dashboard.isPresent()) {
                return dashboardCsv(input, dashboard.get(), problems);
            }
            problems.add(new ImportProblem(file.name(), 1, 1, "unknown file format: the content matches none of the MIC "
                    + "tables, the Digital Agency dashboard CSV or the long formats documented in data/README.md"));
            return null;
        }
        LongFormatParser parser = new LongFormatParser(reference, problems);
        parser.parse(file, format);
        List<ObservationRecord> observations = checked(parser.observations(), problems);
        String baseName = ImportInput.baseName(file).replaceFirst("\\.csv$", "");
        LocalDate referenceDate = observations.stream().map(o -> o.period().end())
                .max(Comparator.naturalOrder()).orElse(null);
        return new ReleaseDraft("curated-" + baseName.replace('_', '-'), "long-" + format.name().toLowerCase().replace('_', '-'),
                referenceDate, parser.publishedOn().orElse(null), CURATED_PUBLISHER, "mynacard-api curated compilation: " + baseName + ".csv", null,
                input.checksum(), input.contentChecksum(), names(input), observations, List.of(), parser.sources(), List.of());
    }

    /** MIC's monthly workbook: one release per reference date, its source the workbook of that date. */
    private ReleaseDraft micWorkbook(ImportInput input, ImportProblems problems) {
        MicWorkbook.Result result = MicWorkbook.parse(input.files().get(0), reference, problems);
        if (result.referenceDate() == null) {
            return null;
        }
        List<ObservationRecord> observations = checked(result.observations(), problems);
        LocalDate date = result.referenceDate();
        String sourceId = MicWorkbook.sourceId(date);
        String title = "マイナンバーカード交付状況について（" + JAPANESE_DATE.format(date) + "時点、Excel）";
        List<SourceRecord> sources = unlessKnown(new SourceRecord(sourceId, "総務省「" + title + "」", MIC_PUBLISHER, MIC_URL,
                "primary", "Imported from the uploaded workbook " + ImportInput.baseName(input.files().get(0)) + "."));
        return new ReleaseDraft("mic-xlsx-" + date, "mic-xlsx", date, null, MIC_PUBLISHER, title, MIC_URL, input.checksum(),
                input.contentChecksum(), names(input), observations, List.of(), sources, result.ignored());
    }

    /**
     * A Digital Agency dashboard CSV. Its source is the file: DA_CSV_WIDE_20260227 after the date in its
     * name (the official files carry their publication date there), else after its newest month's end.
     */
    private ReleaseDraft dashboardCsv(ImportInput input, DashboardCsv.Generation generation, ImportProblems problems) {
        SourceFile file = input.files().get(0);
        Optional<LocalDate> published = DashboardCsv.fileDate(file);
        DashboardCsv.Result parsed = DashboardCsv.parse(file, generation, problems);
        LocalDate newest = parsed.observations().stream().map(o -> o.period().end()).max(Comparator.naturalOrder()).orElse(null);
        if (newest == null) {
            return null;
        }
        LocalDate dated = published.orElse(newest);
        String sourceId = DashboardCsv.sourceId(generation, dated);
        List<ObservationRecord> observations = checked(parsed.observations().stream().map(o -> o.citing(sourceId)).toList(), problems);
        String title = "マイナンバーカードの普及に関するダッシュボード CSV（" + published.map(d -> JAPANESE_DATE.format(d) + "付")
                .orElse("最新月 " + newest.getYear() + "年" + newest.getMonthValue() + "月、公表日不明") + "）";
        List<SourceRecord> sources = unlessKnown(new SourceRecord(sourceId, "デジタル庁「" + title + "」", DashboardCsv.PUBLISHER,
                DashboardCsv.DASHBOARD_URL, "primary (official dashboard CSV)", "Imported from the uploaded file "
                + ImportInput.baseName(file) + " (" + generation.name().toLowerCase(Locale.ROOT) + " generation)."));
        List<String> ignored = parsed.unknownIndicators().entrySet().stream()
                .map(e -> "指標名 '" + e.getKey() + "' (" + e.getValue() + " rows): no metric takes this indicator").toList();
        return new ReleaseDraft("da-dashboard-" + dated, "da-csv-" + generation.name().toLowerCase(Locale.ROOT), newest,
                published.orElse(null), DashboardCsv.PUBLISHER, title, DashboardCsv.DASHBOARD_URL, input.checksum(), input.contentChecksum(),
                names(input), observations, List.of(), sources, ignored);
    }

    /** The source an official file is cited as, to register unless the database knows it (then it stays as registered). */
    private List<SourceRecord> unlessKnown(SourceRecord source) {
        return reference.hasSource(source.id()) ? List.of() : List.of(source);
    }

    /** The figures of an input filed under their metrics' units, then checked for duplicate keys. */
    private List<ObservationRecord> checked(List<ObservationRecord> observations, ImportProblems problems) {
        List<ObservationRecord> filed = filed(observations, problems);
        checkDuplicates(filed, problems);
        return filed;
    }

    /**
     * Each figure filed under its metric's unit (ReferenceData.filed); a unit that has no place is a
     * problem. Done before the duplicate check: two figures may meet under their filed metric.
     */
    private List<ObservationRecord> filed(List<ObservationRecord> observations, ImportProblems problems) {
        List<ObservationRecord> filed = new ArrayList<>(observations.size());
        for (ObservationRecord o : observations) {
            reference.filed(o.metricId(), o.unit()).ifPresentOrElse(
                    f -> filed.add(f.metricId().equals(o.metricId()) && f.unit().equals(o.unit()) ? o : o.filedAs(f.metricId(), f.unit())),
                    () -> problems.add(new ImportProblem(o.file(), o.line(), 0, "unit '" + o.unit() + "' is not the unit of "
                            + o.metricId() + " (" + reference.unitOf(o.metricId()) + ") and no other metric counts in it")));
        }
        return filed;
    }

    private static void checkDuplicates(List<ObservationRecord> observations, ImportProblems problems) {
        Map<String, ObservationRecord> seen = new HashMap<>();
        for (ObservationRecord o : observations) {
            ObservationRecord first = seen.putIfAbsent(o.key(), o);
            if (first != null) {
                problems.add(new ImportProblem(o.file(), o.line(), 0, "duplicate figure: " + o.metricId() + " for area "
                        + o.areaCode() + " at " + o.period().label() + " is already given at " + first.file() + ":" + first.line()));
            }
        }
    }

    private static List<String> names(ImportInput input) {
        return input.files().stream().map(SourceFile::name).sorted().toList();
    }
}
