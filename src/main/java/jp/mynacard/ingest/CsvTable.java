package jp.mynacard.ingest;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.FilterReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a CSV file as a stream, checking its header against the expected one and handing each row on
 * with its line number, so that every problem can be reported as file:line:column.
 */
final class CsvTable {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setTrim(true).get();

    private CsvTable() {
    }

    /** One record of a file, with the line it starts on. */
    @FunctionalInterface
    interface RecordHandler {
        void accept(int line, List<String> values);
    }

    /**
     * Streams {@code file} row by row to {@code each}; problems go to {@code problems}. Returns the
     * number of well-formed data rows (0 when the header is wrong).
     */
    static int read(SourceFile file, List<String> expectedHeader, ImportProblems problems, Consumer<CsvRow> each) {
        HeaderedRows rows = new HeaderedRows(file.name(), expectedHeader, problems, each);
        if (!records(file, problems, rows)) {
            problems.add(ImportProblem.ofFile(file.name(), "the file is empty"));
        }
        return rows.refused ? 0 : rows.count;
    }

    /** The records of a file with one header row: the header checked, then each data row handed on as a CsvRow. */
    private static final class HeaderedRows implements RecordHandler {
        private final String file;
        private final List<String> expectedHeader;
        private final ImportProblems problems;
        private final Consumer<CsvRow> each;
        private List<String> header;
        private boolean refused;
        private int count;

        HeaderedRows(String file, List<String> expectedHeader, ImportProblems problems, Consumer<CsvRow> each) {
            this.file = file;
            this.expectedHeader = expectedHeader;
            this.problems = problems;
            this.each = each;
        }

        @Override
        public void accept(int line, List<String> values) {
            if (refused) {
                return;
            }
            if (header == null) {
                header = values;
                refused = !checkHeader(file, header, expectedHeader, problems);
            } else if (values.size() == 1 && values.get(0).isEmpty()) {
                return; // a blank line
            } else if (values.size() != header.size()) {
                problems.add(new ImportProblem(file, line, Math.min(values.size(), header.size()) + 1,
                        "expected " + header.size() + " columns, found " + values.size() + " (truncated or malformed row)"));
            } else {
                count++;
                each.accept(new CsvRow(file, line, header, values));
            }
        }
    }

    /**
     * Streams every record of {@code file}, header rows included, with its line; a malformed file is a
     * problem. Returns whether the file had any record.
     */
    static boolean records(SourceFile file, ImportProblems problems, RecordHandler each) {
        boolean any = false;
        int line = 1;
        LineTrackingReader reader = new LineTrackingReader(file.reader());
        try (CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            for (CSVRecord record : parser) {
                line = reader.lineOf(record.getCharacterPosition());
                any = true;
                each.accept(line, record.toList());
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.add(new ImportProblem(file.name(), line + 1, 0,
                    "malformed CSV (truncated file, unbalanced quote or undecodable bytes): " + e.getMessage()));
            return true;
        }
        return any;
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

    /** Passes the text through, noting where each line starts, so a record's position gives its line. */
    private static final class LineTrackingReader extends FilterReader {
        private int[] lineStarts = new int[1024];
        private int lines = 1;
        private long position;

        LineTrackingReader(Reader in) {
            super(in);
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            for (int i = 0; i < n; i++) {
                if (buffer[offset + i] == '\n') {
                    if (lines == lineStarts.length) {
                        lineStarts = Arrays.copyOf(lineStarts, lines * 2);
                    }
                    lineStarts[lines++] = (int) (position + i + 1);
                }
            }
            position += Math.max(n, 0);
            return n;
        }

        @Override
        public int read() throws IOException {
            char[] one = new char[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
        }

        int lineOf(long characterPosition) {
            int index = Arrays.binarySearch(lineStarts, 0, lines, (int) characterPosition);
            return (index >= 0 ? index : -index - 2) + 1;
        }
    }
}
