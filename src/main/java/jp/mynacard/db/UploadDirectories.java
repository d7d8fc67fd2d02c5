package jp.mynacard.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where uploads are spooled while a request reads them: one directory per process under a common root,
 * so that a start can remove what a killed process left (a crash mid-upload skips the per-request
 * cleanup) without touching the uploads of another instance still running on the same machine.
 */
public final class UploadDirectories {

    private final Path root;

    public UploadDirectories(Path root) {
        this.root = root;
    }

    /** This process's directory. */
    public Path own() {
        return root.resolve(Long.toString(ProcessHandle.current().pid()));
    }

    /** Removes the directories of processes that no longer run; returns how many. */
    public int removeLeftovers() {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        try (Stream<Path> directories = Files.list(root)) {
            return (int) directories.filter(d -> !alive(d.getFileName().toString())).peek(UploadDirectories::delete).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean alive(String name) {
        if (!name.matches("[0-9]{1,18}")) {
            return true; // not ours: leave it
        }
        long pid = Long.parseLong(name);
        return pid == ProcessHandle.current().pid() || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
