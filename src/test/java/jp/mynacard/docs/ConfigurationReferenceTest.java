package jp.mynacard.docs;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/configuration.md lists every {@code mynacard.*} property the service reads (named in
 * application.properties, by a {@code @ConfigProperty} or a constant, or under a {@code @ConfigMapping}
 * prefix), each with the environment variable that sets it, and nothing that does not exist.
 */
class ConfigurationReferenceTest {

    private static final Pattern ROW = Pattern.compile("(?m)^\\| `([a-z0-9.-]+)` \\| `([A-Z0-9_]+)` \\|");
    /** A property in application.properties, as a key or inside an expression (${mynacard.log.json:false}). */
    private static final Pattern IN_PROPERTIES = Pattern.compile("(?<![\\w.])mynacard\\.[a-z0-9.-]*[a-z0-9]");
    /** A property named in code: by @ConfigProperty or as a constant (a metric's name is neither). */
    private static final Pattern IN_CODE = Pattern.compile("(?:name = |static final String [A-Z_]+ = )\"(mynacard\\.[a-z0-9.-]+)\"");
    private static final Pattern MAPPING = Pattern.compile("@ConfigMapping\\(prefix = \"(mynacard\\.[a-z0-9.-]+)\"\\)");

    @Test
    void everyPropertyIsListedWithItsEnvironmentVariableAndEveryListedOneExists() throws IOException {
        String page = Files.readString(Path.of("docs/configuration.md"));
        Set<String> listed = new TreeSet<>();
        Matcher row = ROW.matcher(page);
        while (row.find()) {
            listed.add(row.group(1));
            assertEquals(row.group(1).toUpperCase(Locale.ROOT).replaceAll("[.-]", "_"), row.group(2), row.group(1));
        }
        Set<String> read = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        IN_PROPERTIES.matcher(Files.readString(Path.of("src/main/resources/application.properties"))).results()
                .forEach(found -> read.add(found.group()));
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                MAPPING.matcher(code).results().forEach(found -> prefixes.add(found.group(1)));
                IN_CODE.matcher(code).results().map(found -> found.group(1))
                        .filter(name -> !prefixes.contains(name)).forEach(read::add);
            }
        }
        read.removeAll(prefixes);
        Set<String> missing = new TreeSet<>(read);
        missing.removeAll(listed);
        assertEquals(Set.of(), missing, "read by the service but not in docs/configuration.md");
        for (String prefix : prefixes) {
            assertTrue(listed.stream().anyMatch(name -> name.startsWith(prefix + ".")), prefix + ".* is documented");
        }
        Set<String> unknown = new TreeSet<>(listed.stream().filter(name -> name.startsWith("mynacard.")).toList());
        unknown.removeAll(read);
        unknown.removeIf(name -> prefixes.stream().anyMatch(prefix -> name.startsWith(prefix + ".")));
        assertEquals(Set.of(), unknown, "documented but read nowhere");
    }
}
