package jp.mynacard.db;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UploadDirectoriesTest {

    @Test
    void removesOnlyWhatProcessesThatNoLongerRunLeft(@TempDir Path root) throws IOException, InterruptedException {
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        Path dead = Files.createDirectories(root.resolve(Long.toString(finished.pid())));
        Files.writeString(dead.resolve("upload-1"), "half an upload of a killed process");
        Path mine = Files.createDirectories(new UploadDirectories(root).own());
        Files.writeString(mine.resolve("upload-2"), "an upload in flight");
        Path foreign = Files.createDirectories(root.resolve("not-a-pid"));

        assertEquals(1, new UploadDirectories(root).removeLeftovers());
        assertFalse(Files.exists(dead));
        assertTrue(Files.exists(mine.resolve("upload-2")));
        assertTrue(Files.exists(foreign));
    }
}
