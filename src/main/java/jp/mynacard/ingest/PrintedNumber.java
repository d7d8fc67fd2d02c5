package jp.mynacard.ingest;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A number as a publisher prints it in a cell: "97,373,965" with thousands separators, "78.0%" with a
 * percent sign, or plain; the digits are kept exactly (no rounding, "70.0" stays 70.0).
 */
final class PrintedNumber {

    private PrintedNumber() {
    }

    /** The number in {@code cell}; empty for a blank cell, and for one that is no number, with the problem at file:line:column. */
    static Optional<BigDecimal> read(String cell, String file, int line, int column, ImportProblems problems) {
        if (cell.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(cell.replace(",", "").replace("%", "").strip()));
        } catch (NumberFormatException e) {
            problems.add(new ImportProblem(file, line, column, "not a number: '" + cell + "'"));
            return Optional.empty();
        }
    }
}
