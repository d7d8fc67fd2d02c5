package jp.mynacard.web.answer;

import io.smallrye.config.ConfigMapping;

/** Memory for kept answers (docs/decisions/0001-answer-cache-and-doorkeeper.md). */
@ConfigMapping(prefix = "mynacard.cache")
public interface AnswerCacheConfig {

    /** Bytes of serialized answers kept. */
    long maxBytes();
}
