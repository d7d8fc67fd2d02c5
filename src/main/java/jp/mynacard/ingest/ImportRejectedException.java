package jp.mynacard.ingest;

import jp.mynacard.problem.ApiException;
import jp.mynacard.problem.Problem;
import jp.mynacard.problem.ProblemType;

import java.util.List;

/** An import that was refused as a whole; nothing of it was written. Answered as invalid-data. */
public class ImportRejectedException extends ApiException {

    private final transient List<ImportProblem> problems;

    public ImportRejectedException(List<ImportProblem> problems) {
        super(ProblemType.INVALID_DATA, "The upload was refused and nothing was written: " + problems.size()
                + " problem(s), the first at " + problems.get(0) + ".", null,
                problems.stream().map(p -> new Problem.DataProblem(p.file(), p.line(), p.column(), p.message())).toList());
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
