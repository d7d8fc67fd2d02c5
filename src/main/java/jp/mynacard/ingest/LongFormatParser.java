package jp.mynacard.ingest;

import jp.mynacard.area.AreaCodes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses one curated long-format file into figures (or, for sources.csv, source records). */
final class LongFormatParser {

    private static final Pattern AREA_AND_RESPONDENTS = Pattern.compile("([^(（]+)(?:[(（](.+)[)）])?");

    /** Files compiled from news items do not state how exact each figure is. */
    private static final String UNSTATED = "unstated";

    private final ReferenceData reference;
    private final ImportProblems problems;
    private final List<ObservationRecord> observations = new ArrayList<>();
    private final List<SourceRecord> sources = new ArrayList<>();
    private final Set<Optional<LocalDate>> publications = new HashSet<>();

    LongFormatParser(ReferenceData reference, ImportProblems problems) {
        this.reference = reference;
        this.problems = problems;
    }

    List<ObservationRecord> observations() {
        return observations;
    }

    List<SourceRecord> sources() {
        return sources;
    }

    /** When the file's figures were published, where every row names one official file of the same date. */
    Optional<LocalDate> publishedOn() {
        return publications.size() == 1 ? publications.iterator().next() : Optional.empty();
    }

    void parse(SourceFile file, LongFormat format) {
        CsvTable.read(file, format.header(), problems, row -> {
            try {
                parseRow(row, format);
            } catch (CsvRow.RowProblem e) {
                problems.add(e.problem());
            }
        });
    }

    private void parseRow(CsvRow row, LongFormat format) {
        switch (format) {
            case SOURCES -> source(row);
            case PREFECTURES -> prefecture(row);
            case POPULATION_BASES -> {
                LocalDate basis = row.date("basis_date");
                String area = prefectureOrNation(row, "pref_code", "pref_name_ja");
                observations.add(factory(row, Period.day(basis), "exact", null)
                        .rate("population", area, row.decimal("population"), "persons", null, basis));
            }
            case NATIONAL_TIMESERIES -> longFigure(row, AreaCodes.NATION, metric(row, row.text("metric")),
                    period(row, "date", row.text("date_kind")));
            case NATIONAL_BY_MUNICIPALITY_TYPE -> municipalityType(row);
            case NATIONAL_BY_AGE_SEX -> ageAndSex(row);
            case PREFECTURE_ISSUANCE -> issuance(row, prefectureOrNation(row, "pref_code", "pref_name_ja"));
            case MUNICIPALITY_ISSUANCE -> issuance(row, municipality(row, "lg_code", "municipality_name_ja"));
            case PREFECTURE_METRICS -> otherFigure(row, prefectureOrNation(row, "pref_code", "pref_name_ja"));
            case MUNICIPALITY_METRICS -> otherFigure(row, municipality(row, "lg_code", "municipality_name_ja"));
            case SERVICE_USAGE -> serviceUsage(row);
            case APPLICATION_METHODS -> applicationMethod(row);
            case DA_DASHBOARD_MONTHLY -> dashboardMonth(row);
            case QUOTED_POINTS -> quotedPoint(row);
        }
    }

    private void source(CsvRow row) {
        String id = row.text("source_id");
        sources.add(new SourceRecord(id, row.text("title"), row.text("publisher"), row.optionalText("url").orElse(null),
                row.optionalText("reliability").orElse(null), row.optionalText("notes").orElse(null)));
        reference.addSource(id);
    }

    private void prefecture(CsvRow row) {
        String code = prefectureOrNation(row, "pref_code", "name_ja");
        LocalDate date = row.date("population_date");
        observations.add(factory(row, Period.day(date), "exact", null)
                .rate("population", code, row.decimal("population"), "persons", null, date));
    }

    private void municipalityType(CsvRow row) {
        String category = row.text("category");
        ObservationFactory factory = factory(row, period(row, "date", "as_of"), "exact", null)
                .breakdown("", "", "national".equals(category) ? Vocabulary.ALL_TYPES : category.replace('_', '-'));
        Long population = row.optionalCount("population").orElse(null);
        LocalDate basis = row.optionalDate("population_basis_date").orElse(null);
        row.optionalDecimal("issued_cumulative").ifPresent(v ->
                observations.add(factory.rate("cards-issued", AreaCodes.NATION, v, "cards", population, basis)));
        row.optionalDecimal("issued_rate_pct").ifPresent(v ->
                observations.add(factory.rate("cards-issued-rate", AreaCodes.NATION, v, "percent", population, basis)));
        row.optionalDecimal("holders_rate_pct").ifPresent(v ->
                observations.add(factory.rate("cards-held-rate", AreaCodes.NATION, v, "percent", null, null)));
    }

    private void ageAndSex(CsvRow row) {
        String label = row.text("age_group_ja");
        String ageGroup = Vocabulary.ageGroup(label)
                .orElseThrow(() -> row.problem("age_group_ja", "unknown age group '" + label + "'"));
        String sex = row.text("sex");
        if (!List.of("male", "female", "total").contains(sex)) {
            throw row.problem("sex", "expected male, female or total, found '" + sex + "'");
        }
        Long population = row.optionalCount("population").orElse(null);
        LocalDate basis = row.optionalDate("population_basis_date").orElse(null);
        ObservationFactory factory = factory(row, period(row, "date", "as_of"), "exact", null).breakdown(ageGroup, sex, "");
        row.optionalDecimal("issued_cumulative").ifPresent(v ->
                observations.add(factory.rate("cards-issued", AreaCodes.NATION, v, "cards", population, basis)));
        row.optionalDecimal("issued_rate_pct").ifPresent(v ->
                observations.add(factory.rate("cards-issued-rate", AreaCodes.NATION, v, "percent", population, basis)));
        row.optionalDecimal("share_of_all_issued_pct").ifPresent(v ->
                observations.add(factory.figure("cards-issued-share", AreaCodes.NATION, v, "percent")));
    }

    private void issuance(CsvRow row, String area) {
        Long population = row.optionalCount("population").orElse(null);
        LocalDate basis = row.optionalDate("population_basis_date").orElse(null);
        ObservationFactory factory = factory(row, period(row, "date", "as_of"), "exact", null);
        row.optionalDecimal("issued_cumulative").ifPresent(v ->
                observations.add(factory.rate("cards-issued", area, v, "cards", population, basis)));
        row.optionalDecimal("issued_rate_pct").ifPresent(v ->
                observations.add(factory.rate("cards-issued-rate", area, v, "percent", population, basis)));
    }

    /** A row of national_timeseries.csv: metric, value, unit, precision and basis date in columns. */
    private void longFigure(CsvRow row, String area, String metricId, Period period) {
        observations.add(factory(row, period, row.text("precision"), row.optionalText("note").orElse(null))
                .rate(metricId, area, row.decimal("value"), row.text("unit"), null,
                        row.optionalDate("population_basis_date").orElse(null)));
    }

    private void otherFigure(CsvRow row, String area) {
        String date = row.text("date");
        Period period = period(row, "date", date.length() == 7 ? "month" : "as_of");
        String metricId = metric(row, row.text("metric"));
        observations.add(factory(row, period, UNSTATED, row.optionalText("note").orElse(null))
                .figure(metricId, area, row.decimal("value"), reference.unitOf(metricId)));
    }

    private void serviceUsage(CsvRow row) {
        String[] metricAndCategory = row.text("metric").split("\\.", 2);
        String metricId = metric(row, row.text("service") + "/" + metricAndCategory[0]);
        String category = metricAndCategory.length > 1 ? metricAndCategory[1].replace('_', '-') : "";
        observations.add(factory(row, period(row, "period", row.text("period_kind")), row.text("precision"),
                row.optionalText("note").orElse(null)).breakdown("", "", category)
                .figure(metricId, AreaCodes.NATION, row.decimal("value"), row.text("unit")));
    }

    private void applicationMethod(CsvRow row) {
        String metric = row.text("metric");
        String metricId = metric(row, metric);
        String area = "national".equals(row.text("scope")) ? AreaCodes.NATION : areaByName(row, "area_name_ja");
        observations.add(factory(row, period(row, "period", row.text("period_kind")), row.text("precision"),
                row.optionalText("note").orElse(null)).breakdown("", "", "pop-up-desk")
                .figure(metricId, area, row.decimal("value"), row.text("unit")));
    }

    /**
     * A month-end figure of one Digital Agency dashboard file (data/2023-2026/da_dashboard_*.csv); the
     * official file's address carries its publication date.
     */
    private void dashboardMonth(CsvRow row) {
        publications.add(DashboardCsv.fileDate(row.text("official_csv_url")));
        Period month = period(row, "month", "month");
        String area = prefectureOrNation(row, "area").code();
        observations.add(factory(row, Period.monthEnd(month), row.text("precision"), row.optionalText("note").orElse(null))
                .figure(metric(row, row.text("metric")), area, row.decimal("value"), row.text("unit")));
    }

    /**
     * A figure quoted by a news or reference page (data/2023-2026/news_quoted_points.csv). "metric.facility"
     * names a breakdown. A survey's figure notes its method and its respondents (printed after the area,
     * 全国(18-19歳)) before the quoted words, so every survey figure says how it was sampled.
     */
    private void quotedPoint(CsvRow row) {
        String[] metricAndCategory = row.text("metric").split("\\.", 2);
        String metricId = metric(row, metricAndCategory[0]);
        String category = metricAndCategory.length > 1 ? metricAndCategory[1].replace('_', '-') : "";
        Matcher area = AREA_AND_RESPONDENTS.matcher(row.text("area"));
        if (!area.matches()) {
            throw row.problem("area", "expected a prefecture or 全国, with respondents in brackets if any: '" + row.text("area") + "'");
        }
        String code = "全国".equals(area.group(1)) ? AreaCodes.NATION : reference.prefectureCode(area.group(1))
                .orElseThrow(() -> row.problem("area", "unknown prefecture '" + area.group(1) + "'"));
        List<String> remarks = new ArrayList<>();
        Vocabulary.surveyMethod(metricAndCategory[0]).ifPresent(method -> remarks.add("method: " + method));
        if (area.group(2) != null) {
            remarks.add("respondents: " + area.group(2));
        }
        row.optionalText("quoted_text_or_note").ifPresent(remarks::add);
        String note = remarks.isEmpty() ? null : String.join("; ", remarks);
        observations.add(factory(row, period(row, "period", row.text("period_kind")), row.text("precision"), note)
                .breakdown("", "", category).figure(metricId, code, row.decimal("value"), row.text("unit")));
    }

    private ObservationFactory factory(CsvRow row, Period period, String precision, String note) {
        String source = row.text("source_id");
        if (!reference.hasSource(source)) {
            throw row.problem("source_id", "unknown source '" + source + "' (not in a sources file)");
        }
        return new ObservationFactory(row, period, source, precision, note);
    }

    private Period period(CsvRow row, String column, String kind) {
        try {
            return Period.parse(row.text(column), kind);
        } catch (IllegalArgumentException e) {
            throw row.problem(column, e.getMessage());
        }
    }

    private String metric(CsvRow row, String name) {
        return reference.metricId(name).orElseThrow(() -> row.problem("metric", "unknown metric '" + name + "'"));
    }

    private String prefectureOrNation(CsvRow row, String codeColumn, String nameColumn) {
        ReferenceData.Area area = prefectureOrNation(row, codeColumn);
        String name = row.text(nameColumn);
        if (!area.nameJa().equals(name)) {
            throw row.problem(nameColumn, "code " + area.code() + " is " + area.nameJa() + ", not " + name);
        }
        return area.code();
    }

    /** The prefecture or the nation a code column names. */
    private ReferenceData.Area prefectureOrNation(CsvRow row, String codeColumn) {
        String code = row.text(codeColumn);
        return reference.area(code).filter(a -> !"municipality".equals(a.level())).orElseThrow(() -> row.problem(codeColumn,
                "unknown prefecture code '" + code + "' (JIS X 0401, 01-47, or 00 for the nation)"));
    }

    private String municipality(CsvRow row, String codeColumn, String nameColumn) {
        String code = row.text(codeColumn);
        ReferenceData.Area area = reference.area(code).filter(a -> "municipality".equals(a.level()))
                .orElseThrow(() -> row.problem(codeColumn, "unknown municipality code '" + code + "'"));
        String name = row.text(nameColumn);
        if (!area.nameJa().equals(name)) {
            throw row.problem(nameColumn, "code " + code + " is " + area.nameJa() + ", not " + name);
        }
        return code;
    }

    private String areaByName(CsvRow row, String nameColumn) {
        String name = row.text(nameColumn);
        List<String> codes = reference.municipalityCodes(name);
        if (codes.size() != 1) {
            throw row.problem(nameColumn, codes.isEmpty() ? "unknown municipality '" + name + "'"
                    : "ambiguous municipality name '" + name + "': " + codes);
        }
        return codes.get(0);
    }
}
