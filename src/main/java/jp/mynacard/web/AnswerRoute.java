package jp.mynacard.web;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.core.Response;

import java.util.function.Function;

/**
 * One GET endpoint that the {@link FrontDoor} answers itself, without the REST layer: its path
 * template ({@code /api/v1/areas/{code}/series}) and the answer to a request, which binds the
 * endpoint's query record from the request's parameters and calls the same resource method that
 * Quarkus REST would.
 */
public record AnswerRoute(String template, Function<RequestParameters, Uni<Response>> answer) {

    /** The table of routes a feature contributes. */
    public interface Table {
        java.util.List<AnswerRoute> routes();
    }
}
