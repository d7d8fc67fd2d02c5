package jp.mynacard.ingest;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Test fixtures in the layout of MIC's monthly workbook as data/2023-2026/README.md describes the one
 * for 2025-08 (sheet 公表用; 都道府県名, 市区町村名, 人口（R7.1.1時点）, 保有枚数（R7.8末時点）, the rate as a
 * fraction; the national row above the municipalities), rebuilt from real figures: never the official
 * file, and each says so in its name and its first row.
 */
final class MicWorkbookFixture {

    private static final Path MIC_2022_12_31 = Path.of("data/mic-c4j/20221231");

    private MicWorkbookFixture() {
    }

    /**
     * MIC's table of 2022-12-31 (data/mic-c4j/20221231: cards issued) in that layout: the table by
     * municipality type (区分), the prefecture table, then the nation and every municipality, printed
     * without its 郡 (石狩郡当別町 as 当別町), rates as fractions (57.1 % as 0.571).
     */
    static byte[] issued20221231() throws IOException {
        return workbook((sheet, row) -> {
            sheet.value(row++, 0, "FIXTURE rebuilt by mynacard-api from real figures (data/mic-c4j/20221231) in the layout "
                    + "of MIC's monthly workbook; not the official file");
            List<String> figures = List.of("人口（R4.1.1時点）", "交付枚数（R4.12末時点）", "人口に対する交付枚数率");
            List<List<String>> types = rows(MIC_2022_12_31.resolve("summary_by_types.csv"));
            row = header(sheet, row, List.of("区分"), figures);
            for (List<String> t : types) {
                row = line(sheet, row, List.of(t.get(1)), t.get(2), t.get(3), t.get(4));
            }
            row = header(sheet, row + 1, List.of("都道府県名"), figures);
            for (List<String> p : rows(MIC_2022_12_31.resolve("all_prefectures.csv"))) {
                row = line(sheet, row, List.of(p.get(1)), p.get(2), p.get(3), p.get(4));
            }
            row = header(sheet, row + 1, List.of("都道府県名", "市区町村名"), figures);
            List<String> nation = types.get(0);
            row = line(sheet, row, List.of("全国", ""), nation.get(2), nation.get(3), nation.get(4));
            for (List<String> m : rows(MIC_2022_12_31.resolve("all_localgovs.csv"))) {
                row = line(sheet, row, List.of(m.get(1), m.get(2).replaceFirst("^.+?郡(.+[町村])$", "$1")), m.get(3), m.get(4), m.get(5));
            }
            return row;
        });
    }

    /**
     * 横須賀市 at 2025-08-31, the one row of the 2025-08 workbook that is quoted (data/municipality_metrics_other.csv,
     * TSKYMMT), printed as {@code name} (a broken copy names a municipality that does not exist).
     */
    static byte[] yokosuka20250831(String name) throws IOException {
        return workbook((sheet, row) -> {
            sheet.value(row++, 0, "FIXTURE rebuilt by mynacard-api from the one quoted row of MIC's workbook for 2025-08 "
                    + "(source TSKYMMT); not the official file");
            row = header(sheet, row, List.of("都道府県名", "市区町村名"), List.of("人口（R7.1.1時点）", "保有枚数（R7.8末時点）", "人口に対する保有枚数率"));
            sheet.value(row, 0, "神奈川県");
            sheet.value(row, 1, name);
            sheet.value(row, 2, 379041);
            sheet.value(row, 3, 296127);
            sheet.value(row, 4, new BigDecimal("0.7813"));
            return row + 1;
        });
    }

    /** Writes cells from row 0 of the sheet 公表用; returns the next free row. */
    private interface Rows {
        int write(Worksheet sheet, int row) throws IOException;
    }

    private static byte[] workbook(Rows rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "mynacard-api-tests", "1.0");
        rows.write(workbook.newWorksheet(MicWorkbook.SHEET), 0);
        workbook.finish();
        return out.toByteArray();
    }

    /** A header row: the name columns, then the figures' columns; returns the next row. */
    private static int header(Worksheet sheet, int row, List<String> names, List<String> figures) {
        int c = 0;
        for (String title : names) {
            sheet.value(row, c++, title);
        }
        for (String title : figures) {
            sheet.value(row, c++, title);
        }
        return row + 1;
    }

    /** Names, then population, count and the rate in percent written as the fraction it is (57.9 as 0.579). */
    private static int line(Worksheet sheet, int row, List<String> names, String population, String count, String ratePercent) {
        int c = 0;
        for (String name : names) {
            sheet.value(row, c++, name);
        }
        sheet.value(row, c++, Long.parseLong(population));
        sheet.value(row, c++, Long.parseLong(count));
        sheet.value(row, c, new BigDecimal(ratePercent).movePointLeft(2));
        return row + 1;
    }

    private static List<List<String>> rows(Path csv) throws IOException {
        return Files.readAllLines(csv, StandardCharsets.UTF_8).stream().skip(1)
                .map(line -> List.of(line.replace("\"", "").split(","))).toList();
    }
}
