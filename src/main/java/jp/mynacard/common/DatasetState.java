package jp.mynacard.common;

import io.smallrye.mutiny.Uni;

import java.time.OffsetDateTime;

/**
 * The state of the published releases, as the answer pipeline keys and validates answers by it; the
 * releases implement it, so that the HTTP layer knows no release.
 */
public interface DatasetState {

    /** The query parameter that names a vintage. */
    String AS_OF = "asOf";

    /** The state if it is in memory, else null. */
    State now();

    Uni<? extends State> get();

    /** One state of the releases. */
    interface State {

        /** Names the latest state in keys and validators; it changes with every release and retraction. */
        String latestState();

        /** The newest import or retraction. */
        OffsetDateTime lastModified();

        /** The vintage an {@code asOf} names; fails with its problem when it is malformed or unknown. */
        VintageState vintage(String asOf);
    }

    /**
     * A vintage's part of an answer's key, and its validators: an answer as of a release never changes
     * ({@code immutable}, last modified at that release's import); one as of a date changes with the releases.
     */
    record VintageState(String state, OffsetDateTime lastModified, boolean immutable) {
    }
}
