package jp.mynacard.web.edge;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Request budgets (token buckets): per client address, per API key, and for failed authentication per
 * address. The defaults are far above what a dashboard or a newsroom script sends.
 */
@ConfigMapping(prefix = "mynacard.rate-limit")
public interface RateLimitSettings {

    /** Off for a service that sits behind a gateway which limits already. */
    @WithDefault("true")
    boolean enabled();

    /** Requests per second an address may keep up, and how many it may send at once. */
    Budget address();

    /** The same for a client presenting a configured API key (its budget is its key's, not its address's). */
    Budget key();

    /** Failed authentications (401) an address may make before its writes are refused for a while. */
    Budget failedAuthentication();

    interface Budget {
        double perSecond();

        int burst();
    }
}
