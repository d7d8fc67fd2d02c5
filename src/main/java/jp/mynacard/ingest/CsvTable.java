package jp.mynacard.ingest;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A CSV file read whole, its header checked against the expected one. Rows keep their line number
 * so that every problem can be reported as file:line:column.
 */
final class CsvTable {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setTrim(true).get();

    private final List<CsvRow> rows;

    private CsvTable(List<CsvRow> rows) {
        this.rows = rows;
    }

    List<CsvRow> rows() {
        return rows;
    }

    /** Reads {@code file}; problems go to {@code problems} and the rows of a broken file are dropped. */
    static CsvTable read(SourceFile file, List<String> expectedHeader, ImportProblems problems) {
        String text = file.text();
        int[] lineStarts = lineStarts(text);
        List<CsvRow> rows = new ArrayList<>();
        List<String> header = null;
        int line = 1;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            for (CSVRecord record : parser) {
                line = lineOf(lineStarts, record.getCharacterPosition());
                List<String> values = record.toList();
                if (header == null) {
                    header = values;
                    if (!checkHeader(file.name(), header, expectedHeader, problems)) {
                        return new CsvTable(List.of());
                    }
                } else if (values.size() == 1 && values.get(0).isEmpty()) {
                    continue; // a blank line
                } else if (values.size() != header.size()) {
                    problems.add(new ImportProblem(file.name(), line, Math.min(values.size(), header.size()) + 1,
                            "expected " + header.size() + " columns, found " + values.size() + " (truncated or malformed row)"));
                } else {
                    rows.add(new CsvRow(file.name(), line, header, values));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.add(new ImportProblem(file.name(), line + 1, 0,
                    "malformed CSV (truncated file or unbalanced quote): " + e.getMessage()));
            return new CsvTable(List.of());
        }
        if (header == null) {
            problems.add(ImportProblem.ofFile(file.name(), "the file is empty"));
        }
        return new CsvTable(rows);
    }

    private static boolean checkHeader(String file, List<String> header, List<String> expected, ImportProblems problems) {
        for (int i = 0; i < Math.max(header.size(), expected.size()); i++) {
            String found = i < header.size() ? header.get(i) : "(nothing)";
            String wanted = i < expected.size() ? expected.get(i) : "(no column)";
            if (!found.equals(wanted)) {
                problems.add(new ImportProblem(file, 1, i + 1,
                        "unexpected header: expected '" + wanted + "', found '" + found + "'; the header must be "
                                + String.join(",", expected)));
                return false;
            }
        }
        return true;
    }

    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    private static int lineOf(int[] lineStarts, long position) {
        int index = Arrays.binarySearch(lineStarts, (int) position);
        return (index >= 0 ? index : -index - 2) + 1;
    }
}
