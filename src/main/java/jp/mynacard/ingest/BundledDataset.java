package jp.mynacard.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The real dataset shipped inside the jar (the repository's data/ folder, at dataset/ on the
 * classpath). data/bundle.csv lists what to load and in which order: sources first, then the MIC
 * table sets by date, then the curated long-format files.
 */
public final class BundledDataset {

    private static final String ROOT = "dataset/";
    private static final List<String> MIC_FILES = List.of(MicTableSetParser.PREFECTURES, MicTableSetParser.MUNICIPALITIES,
            MicTableSetParser.TYPES, MicTableSetParser.DEMOGRAPHICS);

    private BundledDataset() {
    }

    public static List<ImportInput> inputs() {
        List<ImportInput> inputs = new ArrayList<>();
        String manifest = new String(read("bundle.csv").orElseThrow(), StandardCharsets.UTF_8);
        for (String line : manifest.lines().skip(1).toList()) {
            String[] kindAndPath = line.split(",", 2);
            String path = kindAndPath[1];
            if ("mic".equals(kindAndPath[0])) {
                List<SourceFile> files = MIC_FILES.stream()
                        .flatMap(name -> read(path + "/" + name).map(bytes -> SourceFile.of(path + "/" + name, bytes)).stream())
                        .toList();
                inputs.add(ImportInput.micTables(files));
            } else {
                inputs.add(ImportInput.longFormat(SourceFile.of(path, read(path).orElseThrow(
                        () -> new IllegalStateException("bundle.csv names a missing file: " + path)))));
            }
        }
        return inputs;
    }

    private static Optional<byte[]> read(String path) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(ROOT + path)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
