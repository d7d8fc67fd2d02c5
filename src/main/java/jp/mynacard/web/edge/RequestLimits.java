package jp.mynacard.web.edge;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The sizes of a request's head the edge answers with problem+json (414, 431). They sit below the HTTP
 * layer's own limits ({@code quarkus.http.limits.*}), which close with an empty answer.
 */
@ConfigMapping(prefix = "mynacard.request-limits")
public interface RequestLimits {

    /** Characters of the request line (method, URL, version); a longer one gets 414. */
    @WithDefault("16384")
    int requestLine();

    /** Characters of all header lines together; more get 431. */
    @WithDefault("20480")
    int headers();
}
