package jp.mynacard.problem;

import java.util.List;

/** An error with its problem type, thrown anywhere below a resource and answered as problem+json. */
public class ApiException extends RuntimeException {

    private final ProblemType type;
    private final transient List<Problem.InvalidParameter> errors;
    private final transient List<Problem.DataProblem> problems;

    public ApiException(ProblemType type, String detail) {
        this(type, detail, null, null);
    }

    protected ApiException(ProblemType type, String detail, List<Problem.InvalidParameter> errors,
                         List<Problem.DataProblem> problems) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = errors;
        this.problems = problems;
    }

    public static ApiException invalidParameter(String parameter, String message) {
        Problem.InvalidParameter invalid = new Problem.InvalidParameter(parameter, message);
        return new ApiException(ProblemType.INVALID_PARAMETER, detail(invalid), List.of(invalid), null);
    }

    /** "Parameter 'level' must be ...", the detail of one invalid parameter, however it was found. */
    static String detail(Problem.InvalidParameter invalid) {
        return "Parameter '" + invalid.parameter() + "' " + invalid.message() + ".";
    }

    public static ApiException invalidData(String detail, List<Problem.DataProblem> problems) {
        return new ApiException(ProblemType.INVALID_DATA, detail, null, problems);
    }

    public Problem toProblem(String instance) {
        return new Problem(type.uri(), type.title(), type.status(), getMessage(), instance, errors, problems);
    }

    ProblemType type() {
        return type;
    }

    /** The HTTP status it answers with. */
    public int status() {
        return type.status();
    }
}
