package jp.mynacard.ingest;

import jp.mynacard.area.AreaCodes;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * MIC's monthly workbook 「マイナンバーカード交付状況について」 (.xlsx, data/2023-2026/README.md). Its
 * tables are found by their header text, never by row numbers: a header row names 都道府県 and a count
 * (保有枚数 or 交付枚数), with 市区町村 for the municipal table; the population and count headers carry
 * the population's basis date and the reference date in era form (人口（R7.1.1時点）, 保有枚数（R7.8末時点）).
 * Municipalities are matched by prefecture and name (with or without the 郡, old and new island names).
 * A rate column holding fractions (0.7813) is read as the percentage it is to the reader, exactly, and
 * each figure notes the fraction as published.
 */
final class MicWorkbook {

    static final String SHEET = "公表用";
    private static final List<String> NATION = List.of("全国", "合計", "全国計");

    /** The columns of one table, found in its header row. */
    private record Table(int headerRow, int prefecture, int municipality, int population, int count, int rate,
                         String countMetric, String rateMetric, LocalDate basisDate, LocalDate referenceDate) {

        boolean municipal() {
            return municipality >= 0;
        }
    }

    /** One data row of a table, before the rate's scale is known. */
    private record Line(Table table, int row, String area, BigDecimal population, BigDecimal count, BigDecimal rate, String rateText) {
    }

    /** What the workbook held: its reference date, its figures, and the tables it had that no rule reads. */
    record Result(LocalDate referenceDate, List<ObservationRecord> observations, List<String> ignored) {
    }

    private MicWorkbook() {
    }

    /** An Office Open XML workbook: a zip archive named .xlsx. */
    static boolean isWorkbook(SourceFile file) {
        return file.name().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx") && file.isZip();
    }

    static Result parse(SourceFile file, ReferenceData reference, ImportProblems problems) {
        List<Line> lines = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        try (InputStream in = file.open(); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            Sheet sheet = workbook.findSheet(SHEET).orElse(workbook.getFirstSheet());
            try (Stream<Row> rows = sheet.openStream()) {
                Table[] table = {null};
                rows.forEach(row -> {
                    Optional<Table> header = header(file, row, problems, ignored);
                    if (header.isPresent()) {
                        table[0] = header.get();
                    } else if (table[0] != null) {
                        line(file, row, table[0], reference, problems).ifPresent(lines::add);
                    }
                });
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportRejectedException rejected) {
                throw rejected;
            }
            problems.add(ImportProblem.ofFile(file.name(), "not a readable .xlsx workbook: " + e.getMessage()));
            return new Result(null, List.of(), List.of());
        }
        if (lines.isEmpty() && problems.isEmpty()) {
            problems.add(ImportProblem.ofFile(file.name(), "no table: no row names 都道府県 and 保有枚数 or 交付枚数 in sheet "
                    + SHEET + " (or the first sheet)"));
        }
        List<ObservationRecord> figures = figures(file, lines);
        LocalDate referenceDate = lines.stream().map(l -> l.table().referenceDate()).max(LocalDate::compareTo).orElse(null);
        return new Result(referenceDate, figures, ignored);
    }

    /**
     * A header row: a cell naming 都道府県 and a count column; its dates read from its text. A count
     * header without 都道府県 (the table by municipality type, 区分) is a table this reader leaves out,
     * and says so.
     */
    private static Optional<Table> header(SourceFile file, Row row, ImportProblems problems, List<String> ignored) {
        int prefecture = -1, municipality = -1, population = -1, count = -1, rate = -1;
        String countHeader = null, populationHeader = null, rateHeader = null;
        for (int i = 0; i < row.getCellCount(); i++) {
            String text = text(row, i).replaceAll("\\s", "");
            if (text.contains("都道府県")) {
                prefecture = i;
            } else if (text.contains("市区町村")) {
                municipality = i;
            } else if (text.contains("率") && (text.contains("保有") || text.contains("交付"))) {
                rate = i;
                rateHeader = text;
            } else if (text.contains("保有枚数") || text.contains("交付枚数")) {
                count = i;
                countHeader = text;
            } else if (text.contains("人口")) {
                population = i;
                populationHeader = text;
            }
        }
        if (count >= 0 && prefecture < 0 && population >= 0) {
            ignored.add("sheet row " + row.getRowNum() + ": a table headed '" + countHeader + "' without a 都道府県 column "
                    + "(by municipality type?) is not read");
        }
        if (prefecture < 0 || count < 0) {
            return Optional.empty();
        }
        Optional<LocalDate> referenceDate = JapaneseDates.find(countHeader);
        if (referenceDate.isEmpty()) {
            problems.add(new ImportProblem(file.name(), row.getRowNum(), count + 1,
                    "the count's header '" + countHeader + "' gives no date (R7.8末, 令和7年8月末 ...)"));
            return Optional.empty();
        }
        boolean held = countHeader.contains("保有");
        LocalDate basis = populationHeader == null ? null : JapaneseDates.find(populationHeader).orElse(null);
        String rateMetric = rateHeader == null ? null : rateHeader.contains("保有") ? "cards-held-rate" : "cards-issued-rate";
        return Optional.of(new Table(row.getRowNum(), prefecture, municipality, population, count, rate,
                held ? "cards-held" : "cards-issued", rateMetric, basis, referenceDate.get()));
    }

    /** A data row of {@code table}, or none for a blank or note row. */
    private static Optional<Line> line(SourceFile file, Row row, Table table, ReferenceData reference, ImportProblems problems) {
        String prefectureName = text(row, table.prefecture()).strip();
        String municipalityName = table.municipal() ? text(row, table.municipality()).strip() : "";
        Optional<BigDecimal> count = number(file, row, table.count(), problems);
        if (prefectureName.isEmpty() || count.isEmpty()) {
            return Optional.empty();
        }
        String area;
        if (NATION.contains(prefectureName) || NATION.contains(municipalityName)) {
            area = AreaCodes.NATION;
        } else {
            Optional<String> prefecture = reference.prefectureCode(prefectureName);
            if (prefecture.isEmpty()) {
                problems.add(new ImportProblem(file.name(), row.getRowNum(), table.prefecture() + 1, "unknown prefecture '" + prefectureName + "'"));
                return Optional.empty();
            }
            if (municipalityName.isEmpty()) {
                area = prefecture.get();
            } else {
                Optional<String> code = reference.municipalityCode(prefecture.get(), municipalityName);
                if (code.isEmpty()) {
                    problems.add(new ImportProblem(file.name(), row.getRowNum(), table.municipality() + 1,
                            "no known municipality " + municipalityName + " in " + prefectureName));
                    return Optional.empty();
                }
                area = code.get();
            }
        }
        return Optional.of(new Line(table, row.getRowNum(), area,
                table.population() < 0 ? null : number(file, row, table.population(), problems).orElse(null), count.get(),
                table.rate() < 0 ? null : number(file, row, table.rate(), problems).orElse(null),
                table.rate() < 0 ? null : text(row, table.rate()).strip()));
    }

    /**
     * The figures of every line; a table whose rates are all at most 1 holds fractions. The nation's
     * row, repeated by the prefecture and the municipal table, counts once where both say the same.
     */
    private static List<ObservationRecord> figures(SourceFile file, List<Line> lines) {
        List<ObservationRecord> figures = new ArrayList<>();
        for (Line line : lines) {
            Table t = line.table();
            boolean fractions = lines.stream().filter(l -> l.table() == t && l.rate() != null)
                    .allMatch(l -> l.rate().compareTo(BigDecimal.ONE) <= 0);
            Long denominator = line.population() == null ? null : line.population().longValueExact();
            Period day = Period.day(t.referenceDate());
            String source = sourceId(t.referenceDate());
            figures.add(new ObservationRecord(t.countMetric(), line.area(), day, "", "", "", source, line.count(), "cards",
                    "exact", denominator, t.basisDate(), null, file.name(), line.row()));
            if (line.rate() != null) {
                figures.add(new ObservationRecord(t.rateMetric(), line.area(), day, "", "", "", source,
                        fractions ? line.rate().movePointRight(2) : line.rate(), "percent", "exact", denominator, t.basisDate(),
                        fractions ? "published as the fraction " + line.rateText() : null, file.name(), line.row()));
            }
        }
        return onceEach(figures);
    }

    /** Figures without repeats of the same key and value (a figure given twice differently stays, to be refused). */
    private static List<ObservationRecord> onceEach(List<ObservationRecord> figures) {
        java.util.Map<String, ObservationRecord> first = new java.util.HashMap<>();
        List<ObservationRecord> once = new ArrayList<>(figures.size());
        for (ObservationRecord figure : figures) {
            ObservationRecord same = first.putIfAbsent(figure.key(), figure);
            if (same == null || same.value().compareTo(figure.value()) != 0) {
                once.add(figure);
            }
        }
        return once;
    }

    static String sourceId(LocalDate referenceDate) {
        return "MIC_XLSX_" + java.time.format.DateTimeFormatter.BASIC_ISO_DATE.format(referenceDate);
    }

    private static String text(Row row, int index) {
        if (index < 0 || index >= row.getCellCount()) {
            return "";
        }
        Cell cell = row.getCell(index);
        return cell == null || cell.getRawValue() == null ? "" : cell.getText();
    }

    /** A number as stored ("379041", "0.7813") or printed as text with thousands separators. */
    private static Optional<BigDecimal> number(SourceFile file, Row row, int index, ImportProblems problems) {
        return PrintedNumber.read(text(row, index), file.name(), row.getRowNum(), index + 1, problems);
    }
}
