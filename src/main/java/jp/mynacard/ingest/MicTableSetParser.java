package jp.mynacard.ingest;

import jp.mynacard.area.AreaCodes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The MIC table set 「マイナンバーカード交付状況について」 of one reference date, in the CSV form
 * extracted by Code for Japan: municipalities, prefectures, municipality types and age × sex.
 */
final class MicTableSetParser {

    static final String MUNICIPALITIES = "all_localgovs.csv";
    static final String PREFECTURES = "all_prefectures.csv";
    static final String TYPES = "summary_by_types.csv";
    static final String DEMOGRAPHICS = "demographics.csv";
    static final String SOURCE_ID = "C4J";
    static final int PREFECTURE_COUNT = 47;

    private static final String REF_DATE = "算出基準日";
    private static final String PREF = "都道府県名";
    private static final String ISSUED = "交付枚数";
    private static final String RATE = "人口に対する交付枚数率";
    private static final String BASIS = "人口算出基準日";
    private static final String TOTAL_POPULATION = "総数（人口）";
    private static final String MUNI_NAME = "市区町村名";
    private static final String MUNI_CODE = "団体コード";
    private static final String NO_CODE = "<NA>";
    private static final String[] SEXES = {"男", "女", "計"};
    private static final Map<String, String> SEX_KEYS = Map.of("男", "male", "女", "female", "計", "total");

    private static final Map<String, List<String>> HEADERS = Map.of(
            MUNICIPALITIES, List.of(REF_DATE, PREF, MUNI_NAME, TOTAL_POPULATION, ISSUED, RATE, BASIS, "交付件数基準日", MUNI_CODE),
            PREFECTURES, List.of(REF_DATE, PREF, TOTAL_POPULATION, ISSUED, RATE, BASIS, "交付枚数算出基準日"),
            TYPES, List.of(REF_DATE, "区分", "人口", ISSUED, RATE, BASIS, "交付枚数算出基準日"),
            DEMOGRAPHICS, List.of(REF_DATE, "年齢", "人口(男)", "人口(女)", "人口(計)", "交付件数(男)", "交付件数(女)",
                    "交付件数(計)", "交付率(男)", "交付率(女)", "交付率(計)", "全体に対する交付件数割合(男)",
                    "全体に対する交付件数割合(女)", "全体に対する交付件数割合(計)", BASIS, "交付枚数算出基準日"));

    private final ReferenceData reference;
    private final ImportProblems problems;
    private final List<ObservationRecord> observations = new ArrayList<>();
    private final List<NewArea> areas = new ArrayList<>();
    private final Set<LocalDate> referenceDates = new HashSet<>();

    MicTableSetParser(ReferenceData reference, ImportProblems problems) {
        this.reference = reference;
        this.problems = problems;
    }

    record Result(LocalDate referenceDate, List<ObservationRecord> observations, List<NewArea> areas) {
    }

    /** Parses the set; the demographics table is optional (MIC did not publish it for 2017-03-08). */
    Result parse(List<SourceFile> files) {
        Map<String, SourceFile> byKind = new java.util.HashMap<>();
        for (SourceFile file : files) {
            String kind = file.name().substring(file.name().lastIndexOf('/') + 1);
            if (!HEADERS.containsKey(kind)) {
                problems.add(ImportProblem.ofFile(file.name(), "not a file of the MIC table set; expected "
                        + String.join(", ", HEADERS.keySet())));
            } else if (byKind.put(kind, file) != null) {
                problems.add(ImportProblem.ofFile(file.name(), "a second " + kind + " in the same table set"));
            }
        }
        for (String required : List.of(MUNICIPALITIES, PREFECTURES, TYPES)) {
            if (!byKind.containsKey(required)) {
                problems.add(ImportProblem.ofFile(required, "missing from the MIC table set"));
            }
        }
        // Prefectures first, then municipalities: an import of a set with a new municipality names it before use.
        each(byKind.get(PREFECTURES), this::prefecture, count -> {
            if (count != PREFECTURE_COUNT) {
                problems.add(ImportProblem.ofFile(byKind.get(PREFECTURES).name(),
                        "expected " + PREFECTURE_COUNT + " prefectures, found " + count + " (truncated file?)"));
            }
        });
        each(byKind.get(MUNICIPALITIES), this::municipality, count -> { });
        each(byKind.get(TYPES), this::municipalityType, count -> { });
        each(byKind.get(DEMOGRAPHICS), this::ageAndSex, count -> { });
        if (referenceDates.size() > 1) {
            problems.add(ImportProblem.ofFile(files.get(0).name(),
                    "the files of one table set refer to different dates: " + referenceDates));
        }
        LocalDate referenceDate = referenceDates.isEmpty() ? null : referenceDates.iterator().next();
        return new Result(referenceDate, observations, areas);
    }

    private void each(SourceFile file, Consumer<CsvRow> parseRow, java.util.function.IntConsumer countCheck) {
        if (file == null) {
            return;
        }
        String kind = file.name().substring(file.name().lastIndexOf('/') + 1);
        int rows = CsvTable.read(file, HEADERS.get(kind), problems, row -> {
            try {
                parseRow.accept(row);
            } catch (CsvRow.RowProblem e) {
                problems.add(e.problem());
            }
        });
        if (rows > 0) {
            countCheck.accept(rows);
        }
    }

    private ObservationFactory factory(CsvRow row) {
        LocalDate date = row.date(REF_DATE);
        referenceDates.add(date);
        return new ObservationFactory(row, Period.day(date), SOURCE_ID, "exact", null);
    }

    private void prefecture(CsvRow row) {
        String code = prefectureCode(row);
        issuance(row, factory(row), code, TOTAL_POPULATION);
    }

    private void municipality(CsvRow row) {
        String prefecture = prefectureCode(row);
        String name = row.text(MUNI_NAME);
        String rawCode = row.text(MUNI_CODE);
        String code;
        if (NO_CODE.equals(rawCode)) {
            // From 2021-08-01 the extraction lost the codes of 三宅村 and 八丈町: resolve them by name.
            code = reference.municipalityCode(prefecture, name).orElseThrow(() -> row.problem(MUNI_CODE,
                    "no code, and no known municipality " + name + " in prefecture " + prefecture));
        } else {
            code = AreaCodes.fromNumber(rawCode).orElseThrow(() -> row.problem(MUNI_CODE,
                    "not a 全国地方公共団体コード (six digits with a valid check digit): '" + rawCode + "'"));
            if (!code.startsWith(prefecture)) {
                throw row.problem(MUNI_CODE, "code " + code + " is not in prefecture " + prefecture + " (" + row.text(PREF) + ")");
            }
        }
        var known = reference.area(code);
        if (known.isEmpty() || !known.get().nameJa().equals(name)) {
            areas.add(new NewArea(code, prefecture, name));
            reference.addArea(new ReferenceData.Area(code, "municipality", prefecture, name));
        }
        issuance(row, factory(row), code, TOTAL_POPULATION);
    }

    private void municipalityType(CsvRow row) {
        String label = row.text("区分");
        String category = Vocabulary.municipalityType(label)
                .orElseThrow(() -> row.problem("区分", "unknown municipality type '" + label + "'"));
        issuance(row, factory(row).breakdown("", "", category), AreaCodes.NATION, "人口");
    }

    private void issuance(CsvRow row, ObservationFactory factory, String areaCode, String populationColumn) {
        long population = row.count(populationColumn);
        LocalDate basis = row.date(BASIS);
        observations.add(factory.rate("cards-issued", areaCode, row.decimal(ISSUED), "cards", population, basis));
        observations.add(factory.rate("cards-issued-rate", areaCode, row.decimal(RATE), "percent", population, basis));
    }

    private void ageAndSex(CsvRow row) {
        String label = row.text("年齢");
        String ageGroup = Vocabulary.ageGroup(label)
                .orElseThrow(() -> row.problem("年齢", "unknown age group '" + label + "'"));
        LocalDate basis = row.date(BASIS);
        ObservationFactory factory = factory(row);
        for (String sex : SEXES) {
            long population = row.count("人口(" + sex + ")");
            factory.breakdown(ageGroup, SEX_KEYS.get(sex), "");
            BigDecimal issued = row.decimal("交付件数(" + sex + ")");
            observations.add(factory.rate("cards-issued", AreaCodes.NATION, issued, "cards", population, basis));
            observations.add(factory.rate("cards-issued-rate", AreaCodes.NATION, row.decimal("交付率(" + sex + ")"),
                    "percent", population, basis));
            observations.add(factory.figure("cards-issued-share", AreaCodes.NATION,
                    row.decimal("全体に対する交付件数割合(" + sex + ")"), "percent"));
        }
    }

    private String prefectureCode(CsvRow row) {
        String name = row.text(PREF);
        return reference.prefectureCode(name)
                .orElseThrow(() -> row.problem(PREF, "unknown prefecture '" + name + "'"));
    }
}
