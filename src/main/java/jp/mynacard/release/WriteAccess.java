package jp.mynacard.release;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Set;

/** Every write to the API needs a key allowed to write; reads stay public. Checked before the body is used. */
public class WriteAccess {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Inject
    ApiKeys keys;

    @ServerRequestFilter
    public void requireWriter(ContainerRequestContext request) {
        if (WRITES.contains(request.getMethod()) && request.getUriInfo().getPath().startsWith("/api/")) {
            keys.requireWriter(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        }
    }
}
