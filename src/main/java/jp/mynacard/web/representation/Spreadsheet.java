package jp.mynacard.web.representation;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A table answer as an .xlsx workbook: sheet "data" with a Japanese and an English header row and one
 * row per figure (codes and other text stay text, so 011002 keeps its leading zero; figures are numbers,
 * exactly as published; dates are dates), and sheet "sources" with the answer's provenance.
 */
final class Spreadsheet {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String DATE_FORMAT = "yyyy-mm-dd";

    private Spreadsheet() {
    }

    static byte[] write(List<String> japaneseColumns, List<String> columns, List<List<Object>> rows, Provenance provenance) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "mynacard-api", "1.0")) {
            Worksheet data = workbook.newWorksheet("data");
            for (int c = 0; c < columns.size(); c++) {
                data.value(0, c, japaneseColumns.get(c));
                data.value(1, c, columns.get(c));
            }
            data.range(0, 0, 1, columns.size() - 1).style().bold().set();
            data.freezePane(0, 2);
            for (int r = 0; r < rows.size(); r++) {
                cells(data, r + 2, rows.get(r));
            }
            if (provenance != null) {
                Worksheet sources = workbook.newWorksheet("sources");
                List<List<Object>> lines = provenance.provenanceRows();
                for (int r = 0; r < lines.size(); r++) {
                    if (lines.get(r) != null) {
                        cells(sources, r, lines.get(r));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void cells(Worksheet sheet, int row, List<Object> values) {
        for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            if (value instanceof BigDecimal d) {
                sheet.value(row, c, new BigDecimal(d.toPlainString()));
            } else if (value instanceof Number n) {
                sheet.value(row, c, n);
            } else if (value instanceof LocalDate d) {
                sheet.value(row, c, d);
                sheet.style(row, c).format(DATE_FORMAT).set();
            } else if (value != null) {
                sheet.value(row, c, value.toString());
            }
        }
    }
}
