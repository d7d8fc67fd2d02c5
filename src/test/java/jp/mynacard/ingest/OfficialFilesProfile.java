package jp.mynacard.ingest;

import io.quarkus.test.junit.QuarkusTestProfile;
import jp.mynacard.release.ApiKeys;

import java.util.HexFormat;
import java.util.Map;

/** A database of its own with nothing but the migrations: what an official file brings shows alone. */
public class OfficialFilesProfile implements QuarkusTestProfile {

    static final String WRITER = "official-files-writer-for-tests";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("mynacard.api-keys", "ops:write:" + HexFormat.of().formatHex(ApiKeys.sha256(WRITER)),
                "mynacard.dataset.load-at-start", "false");
    }
}
