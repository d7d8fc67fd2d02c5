package jp.mynacard.release;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;

import java.util.List;
import java.util.Optional;

/** Who may publish ({@code name:role:sha256-hex} API keys) and how large one upload may be. */
@ConfigMapping(prefix = "mynacard")
public interface PublishingConfig {

    @WithName("api-keys")
    Optional<List<String>> apiKeys();

    Upload upload();

    interface Upload {
        /** Bytes of one upload; more get 413. */
        long maxBytes();
    }
}
