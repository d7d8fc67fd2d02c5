package jp.mynacard.ingest;

import java.util.List;

/** Fired after an import committed new releases, so that in-memory views can reload. */
public record DatasetChanged(List<Long> releaseIds) {
}
