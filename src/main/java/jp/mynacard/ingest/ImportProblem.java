package jp.mynacard.ingest;

/**
 * One reason an import was refused: where (file, 1-based line and column; 0 where a problem is
 * about the whole file or line) and what.
 */
public record ImportProblem(String file, int line, int column, String message) {

    public static ImportProblem ofFile(String file, String message) {
        return new ImportProblem(file, 0, 0, message);
    }

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + (column > 0 ? ":" + column : "") + ": " + message;
    }
}
