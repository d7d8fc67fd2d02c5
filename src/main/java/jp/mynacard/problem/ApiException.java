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
        return new ApiException(ProblemType.INVALID_PARAMETER, "Parameter '" + parameter + "' " + message + ".",
                List.of(new Problem.InvalidParameter(parameter, message)), null);
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
}
