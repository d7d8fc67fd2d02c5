package jp.mynacard.release;

import jakarta.enterprise.context.ApplicationScoped;
import jp.mynacard.common.ApiClients;
import jp.mynacard.problem.ApiException;
import jp.mynacard.problem.ProblemType;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The operator's API keys, configured as {@code name:role:sha256-hex} entries (MYNACARD_API_KEYS,
 * comma-separated; role {@code write} or {@code read}). Only hashes are kept; a presented key is
 * hashed and compared with every entry in constant time.
 */
@ApplicationScoped
public class ApiKeys implements ApiClients {

    public record Key(String name, String role, byte[] hash) {
    }

    private final List<Key> keys;

    ApiKeys(PublishingConfig config) {
        this.keys = config.apiKeys().orElse(List.of()).stream().map(String::strip).filter(s -> !s.isEmpty()).map(entry -> {
            String[] parts = entry.split(":");
            if (parts.length != 3 || !List.of("write", "read").contains(parts[1]) || parts[2].length() != 64) {
                throw new IllegalArgumentException("mynacard.api-keys: expected name:write|read:<sha256 hex>, got '"
                        + parts[0] + ":...'");
            }
            return new Key(parts[0], parts[1], HexFormat.of().parseHex(parts[2]));
        }).toList();
    }

    /** The key behind an Authorization header, which must be allowed to write; else 401 or 403. */
    public Key requireWriter(String authorization) {
        if (!bearer(authorization)) {
            throw new ApiException(ProblemType.UNAUTHORIZED, "Publishing needs an API key: send 'Authorization: Bearer <key>'.");
        }
        Key match = find(authorization)
                .orElseThrow(() -> new ApiException(ProblemType.UNAUTHORIZED, "The API key is not valid."));
        if (!"write".equals(match.role())) {
            throw new ApiException(ProblemType.FORBIDDEN, "The key '" + match.name() + "' may read but not publish.");
        }
        return match;
    }

    @Override
    public Optional<String> name(String authorization) {
        return find(authorization).map(Key::name);
    }

    /** The configured key an Authorization header presents, if any. */
    public Optional<Key> find(String authorization) {
        if (!bearer(authorization)) {
            return Optional.empty();
        }
        byte[] presented = sha256(authorization.substring(7).strip());
        Key match = null;
        for (Key key : keys) {
            if (MessageDigest.isEqual(key.hash(), presented)) {
                match = key; // no early exit: every key is compared
            }
        }
        return Optional.ofNullable(match);
    }

    private static boolean bearer(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    public static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
