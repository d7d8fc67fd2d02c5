package jp.mynacard.common;

import java.util.List;

/**
 * Fired after releases were imported or retracted, so that in-memory views reload. {@code fromPeer}
 * marks a change that another instance made and announced through the database.
 */
public record DatasetChanged(List<Long> releaseIds, boolean fromPeer) {

    public DatasetChanged(List<Long> releaseIds) {
        this(releaseIds, false);
    }
}
