package jp.mynacard.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The import inputs found under a directory: each folder holding MIC table files is one table set,
 * every other CSV or .xlsx file is one input, known by its content (bundle.csv, the bundle's own manifest, excepted).
 */
public final class DirectoryInputs {

    private static final List<String> MIC_FILES = List.of(MicTableSetParser.PREFECTURES, MicTableSetParser.MUNICIPALITIES,
            MicTableSetParser.TYPES, MicTableSetParser.DEMOGRAPHICS);

    private DirectoryInputs() {
    }

    public static List<ImportInput> read(Path directory) {
        Map<Path, List<SourceFile>> micSets = new TreeMap<>();
        List<ImportInput> longFiles = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".csv") || p.toString().endsWith(".xlsx")).sorted().toList()) {
                String name = path.getFileName().toString();
                SourceFile file = SourceFile.of(directory.relativize(path).toString(), path);
                if (MIC_FILES.contains(name)) {
                    micSets.computeIfAbsent(path.getParent(), p -> new ArrayList<>()).add(file);
                } else if (!"bundle.csv".equals(name)) {
                    longFiles.add(ImportInput.longFormat(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<ImportInput> inputs = new ArrayList<>();
        micSets.values().forEach(files -> inputs.add(ImportInput.micTables(files)));
        inputs.addAll(longFiles);
        return inputs;
    }
}
