package jp.mynacard.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.Optional;

/** Answers every error as application/problem+json, and never with a stack trace. */
public class ProblemMappers {


    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri) {
        return respond(e.toProblem(uri.getPath()));
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.InvalidParameter> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.InvalidParameter(parameterName(v), v.getMessage()))
                .sorted(java.util.Comparator.comparing(Problem.InvalidParameter::parameter)).toList();
        String detail = errors.size() == 1 ? ApiException.detail(errors.get(0))
                : errors.stream().map(p -> "'" + p.parameter() + "' " + p.message())
                        .collect(java.util.stream.Collectors.joining("; ", "Invalid parameters: ", "."));
        ProblemType type = ProblemType.INVALID_PARAMETER;
        return respond(new Problem(type.uri(), type.title(), type.status(), detail, uri.getPath(), errors, null));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return internal(e, uri);
        }
        ProblemType type = ProblemType.ofHttpStatus(status);
        String detail = status == 404 ? "Nothing is served at " + uri.getPath() + "; see /q/swagger-ui for the API."
                : Optional.ofNullable(e.getMessage()).orElse(type.title());
        return respond(Problem.of(type, status, detail, uri.getPath()));
    }

    @ServerExceptionMapper
    public Response internal(Throwable e, UriInfo uri) {
        LOG.error("Unexpected error on " + uri.getPath(), e);
        ProblemType type = ProblemType.INTERNAL_ERROR;
        return respond(Problem.of(type, type.status(), Problem.INTERNAL_DETAIL, uri.getPath()));
    }

    static Response respond(Problem problem) {
        Response.ResponseBuilder response = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        problem.headers().forEach(response::header);
        return response.build();
    }

    private static String parameterName(ConstraintViolation<?> violation) {
        String name = null;
        for (Path.Node node : violation.getPropertyPath()) {
            name = node.getName();
        }
        return name;
    }
}
