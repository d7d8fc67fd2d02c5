package jp.mynacard.common;

import java.util.Optional;

/** Who an Authorization header names, as the rate limits give a known client its own budget. */
public interface ApiClients {

    /** The client's name if the header carries a known API key. */
    Optional<String> name(String authorization);
}
