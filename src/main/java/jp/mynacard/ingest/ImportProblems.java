package jp.mynacard.ingest;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one import so that the report names all of them (up to a cap), not just the first. */
public final class ImportProblems {

    static final int MAX_REPORTED = 100;

    private final List<ImportProblem> problems = new ArrayList<>();

    boolean isEmpty() {
        return problems.isEmpty();
    }

    public void add(ImportProblem problem) {
        if (problems.size() < MAX_REPORTED) {
            problems.add(problem);
        }
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
    }
}
