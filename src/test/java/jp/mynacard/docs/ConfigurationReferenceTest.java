package jp.mynacard.docs;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * docs/configuration.md lists every {@code mynacard.*} property the service reads (named in
 * application.properties, by a {@code @ConfigProperty} or a constant, or by a method of a
 * {@code @ConfigMapping}), each with the environment variable that sets it, and nothing that does not exist.
 */
class ConfigurationReferenceTest {

    private static final Pattern ROW = Pattern.compile("(?m)^\\| `([a-z0-9.-]+)` \\| `([A-Z0-9_]+)` \\|");
    /** A property in application.properties, as a key or inside an expression (${mynacard.log.json:false}). */
    private static final Pattern IN_PROPERTIES = Pattern.compile("(?<![\\w.])mynacard\\.[a-z0-9.-]*[a-z0-9]");
    /** A property named in code: by @ConfigProperty or as a constant (a metric's name is neither). */
    private static final Pattern IN_CODE = Pattern.compile("(?:name = |static final String [A-Z_]+ = )\"(mynacard\\.[a-z0-9.-]+)\"");
    private static final Pattern MAPPING = Pattern.compile("@ConfigMapping\\(prefix = \"(mynacard[a-z0-9.-]*)\"\\)");
    /** An interface of a mapping, or one of its methods (with the @WithName line before it, if any). */
    private static final Pattern MEMBER = Pattern.compile("(?m)^( *)(?:public )?interface (\\w+)|^( *)(?:@WithName\\(\"([a-z0-9.-]+)\"\\)\\s+)?(?:@WithDefault\\([^)]*\\)\\s+)?([\\w.<>, ]+) (\\w+)\\(\\);");

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
        Set<String> prefixes = new TreeSet<>(); // a comment may name a mapping's prefix ("mynacard.rate-limit.*")
        IN_PROPERTIES.matcher(Files.readString(Path.of("src/main/resources/application.properties"))).results()
                .forEach(found -> read.add(found.group()));
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                MAPPING.matcher(code).results().forEach(found -> {
                    prefixes.add(found.group(1));
                    read.addAll(mapped(found.group(1), code));
                });
                IN_CODE.matcher(code).results().map(found -> found.group(1)).forEach(read::add);
            }
        }
        read.removeAll(prefixes);
        Set<String> missing = new TreeSet<>(read);
        missing.removeAll(listed);
        assertEquals(Set.of(), missing, "read by the service but not in docs/configuration.md");
        Set<String> unknown = new TreeSet<>(listed.stream().filter(name -> name.startsWith("mynacard.")).toList());
        unknown.removeAll(read);
        assertEquals(Set.of(), unknown, "documented but read nowhere");
    }

    /** The properties a mapping reads: its methods in kebab case under its prefix, a group's under the group's name. */
    private static Set<String> mapped(String prefix, String code) {
        Map<String, List<String[]>> members = new LinkedHashMap<>(); // interface -> (property name, type)
        Deque<String[]> open = new ArrayDeque<>(); // (indent, interface)
        Matcher member = MEMBER.matcher(code);
        while (member.find()) {
            if (member.group(2) != null) {
                while (!open.isEmpty() && open.peek()[0].length() >= member.group(1).length()) {
                    open.pop();
                }
                open.push(new String[] {member.group(1), member.group(2)});
                members.put(member.group(2), new ArrayList<>());
            } else if (!open.isEmpty()) {
                while (open.size() > 1 && open.peek()[0].length() >= member.group(3).length()) {
                    open.pop();
                }
                String name = member.group(4) != null ? member.group(4)
                        : member.group(6).replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
                members.get(open.peek()[1]).add(new String[] {name, member.group(5)});
            }
        }
        Set<String> names = new TreeSet<>();
        walk(prefix, members.keySet().iterator().next(), members, names);
        return names;
    }

    private static void walk(String prefix, String type, Map<String, List<String[]>> members, Set<String> names) {
        for (String[] method : members.get(type)) {
            if (members.containsKey(method[1])) {
                walk(prefix + "." + method[0], method[1], members, names);
            } else {
                names.add(prefix + "." + method[0]);
            }
        }
    }
}
