package jp.mynacard.ingest;

import io.smallrye.config.ConfigMapping;

/** The bundled dataset shipped in the jar. */
@ConfigMapping(prefix = "mynacard.dataset")
public interface DatasetConfig {

    /** Import it at start if the database lacks any of it (a no-op once loaded). */
    boolean loadAtStart();
}
