package jp.mynacard.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * One data row. Accessors throw {@link RowProblem} naming the column, which the parser records as
 * file:line:column. An empty cell is missing data: only the {@code optional...} accessors accept it.
 */
final class CsvRow {

    private final String file;
    private final int line;
    private final List<String> header;
    private final List<String> values;

    CsvRow(String file, int line, List<String> header, List<String> values) {
        this.file = file;
        this.line = line;
        this.header = header;
        this.values = values;
    }

    String file() {
        return file;
    }

    int line() {
        return line;
    }

    Optional<String> optionalText(String column) {
        String value = values.get(index(column));
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    String text(String column) {
        return optionalText(column).orElseThrow(() -> problem(column, "a value is required"));
    }

    Optional<BigDecimal> optionalDecimal(String column) {
        return optionalText(column).map(value -> {
            try {
                return new BigDecimal(value);
            } catch (NumberFormatException e) {
                throw problem(column, "not a number: '" + value + "'");
            }
        });
    }

    BigDecimal decimal(String column) {
        return optionalDecimal(column).orElseThrow(() -> problem(column, "a number is required"));
    }

    Optional<Long> optionalCount(String column) {
        return optionalDecimal(column).map(value -> {
            try {
                return value.longValueExact();
            } catch (ArithmeticException e) {
                throw problem(column, "not a whole number: '" + value.toPlainString() + "'");
            }
        });
    }

    long count(String column) {
        return optionalCount(column).orElseThrow(() -> problem(column, "a number is required"));
    }

    /** A date written YYYY-MM-DD or, as in the MIC tables, YYYY/MM/DD. */
    Optional<LocalDate> optionalDate(String column) {
        return optionalText(column).map(value -> {
            try {
                return LocalDate.parse(value.replace('/', '-'));
            } catch (DateTimeParseException e) {
                throw problem(column, "not a date (YYYY-MM-DD or YYYY/MM/DD): '" + value + "'");
            }
        });
    }

    LocalDate date(String column) {
        return optionalDate(column).orElseThrow(() -> problem(column, "a date is required"));
    }

    RowProblem problem(String column, String message) {
        return new RowProblem(new ImportProblem(file, line, index(column) + 1, column + ": " + message));
    }

    private int index(String column) {
        int index = header.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException("no column " + column + " in " + file);
        }
        return index;
    }

    /** Thrown by an accessor; the parser turns it into one problem for the row. */
    static final class RowProblem extends RuntimeException {
        private final transient ImportProblem problem;

        RowProblem(ImportProblem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }

        ImportProblem problem() {
            return problem;
        }
    }
}
