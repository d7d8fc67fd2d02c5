package jp.mynacard.release;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** Writes get a database of their own (a profile restarts the app and its test database). */
public class PublishingProfile implements QuarkusTestProfile {

    static final String WRITER = "writer-secret-for-tests";
    static final String READER = "reader-secret-for-tests";
    static final long MAX_BYTES = 1_000_000;
    static final int MAX_STREAMS = 3;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "mynacard.api-keys", "ops:write:" + hex(WRITER) + ",dashboard:read:" + hex(READER),
                "mynacard.upload.max-bytes", Long.toString(MAX_BYTES),
                "mynacard.stream.max-clients", Integer.toString(MAX_STREAMS));
    }

    private static String hex(String key) {
        return java.util.HexFormat.of().formatHex(ApiKeys.sha256(key));
    }
}
