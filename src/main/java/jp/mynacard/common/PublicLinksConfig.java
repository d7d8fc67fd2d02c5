package jp.mynacard.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;

import java.net.URI;
import java.util.Optional;

/** The public address that links in answers start with; unset, links are relative. */
@ConfigMapping(prefix = "mynacard")
public interface PublicLinksConfig {

    @WithName("public-base-url")
    Optional<URI> publicBaseUrl();
}
