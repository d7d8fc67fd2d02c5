package jp.mynacard.ingest;

import io.quarkus.runtime.QuarkusApplication;
import jakarta.inject.Inject;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code java -jar quarkus-run.jar import DIR}: imports every table set and long-format file under DIR
 * into the configured database (all-or-nothing), with a progress bar and a summary. Exit code 0 when
 * imported, 1 when refused, 2 on wrong usage.
 */
public class ImportCommand implements QuarkusApplication {

    private static final int BAR = 30;

    @Inject
    Importer importer;

    @Override
    public int run(String... args) {
        PrintStream out = System.out;
        if (args.length != 2 || !Files.isDirectory(Path.of(args[1]))) {
            out.println("usage: java -jar quarkus-run.jar import <directory of CSV files>");
            return 2;
        }
        var inputs = DirectoryInputs.read(Path.of(args[1]));
        out.printf("Importing %d table set(s) and file(s) from %s%n", inputs.size(), args[1]);
        long started = System.nanoTime();
        try {
            ImportReport report = importer.importAll(inputs, bar(System.err)).await().atMost(Duration.ofMinutes(30));
            System.err.println();
            report.created().forEach(e -> {
                out.printf("  new release %d %s (%s): %d figures%n", e.releaseId(), e.name(), e.referenceDate(), e.observationCount());
                e.ignored().forEach(ignored -> out.printf("    ignored: %s%n", ignored));
            });
            out.printf("Done in %d ms: %d release(s) imported with %d figures, %d already present.%n",
                    Duration.ofNanos(System.nanoTime() - started).toMillis(), report.created().size(),
                    report.observationCount(), report.unchanged().size());
            return 0;
        } catch (ImportRejectedException e) {
            System.err.println();
            out.println("Refused, nothing was written:");
            e.problems().forEach(problem -> out.println("  " + problem));
            return 1;
        }
    }

    private static ImportProgress bar(PrintStream err) {
        return (phase, done, total, name) -> {
            int filled = total == 0 ? BAR : done * BAR / total;
            err.printf("\r%-8s [%s%s] %3d/%d %-40s", phase, "#".repeat(filled), " ".repeat(BAR - filled), done, total,
                    name.length() > 40 ? name.substring(0, 40) : name);
        };
    }
}
