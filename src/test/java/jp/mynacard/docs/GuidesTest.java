package jp.mynacard.docs;

import io.restassured.RestAssured;
import jp.mynacard.testsupport.ApiTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every command of the guides in docs/ runs against the bundled dataset and prints what the guide shows:
 * in a {@code ```console} block, a line {@code $ command} and, up to the next command or the block's
 * end, its output. The guides address http://localhost:8080, the README's service; here the test's.
 */
@ApiTest
class GuidesTest {

    private static final Pattern CONSOLE = Pattern.compile("```console\n(.*?)\n```", Pattern.DOTALL);
    private static final String GUIDES_ADDRESS = "http://localhost:8080";

    record Command(Path guide, String line, String expected) {
    }

    @TestFactory
    Stream<DynamicTest> everyCommandPrintsWhatItsGuideShows() throws IOException {
        List<Command> commands = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("docs"))) {
            for (Path guide : files.filter(path -> path.toString().endsWith(".md")).sorted().toList()) {
                Matcher block = CONSOLE.matcher(Files.readString(guide));
                while (block.find()) {
                    commands.addAll(commands(guide, block.group(1)));
                }
            }
        }
        assertTrue(commands.size() >= 12, "the guides show their commands: " + commands.size());
        Path work = Files.createTempDirectory("guides");
        return commands.stream().map(command -> DynamicTest.dynamicTest(command.guide().getFileName() + ": " + command.line(),
                () -> assertEquals(command.expected(), run(command.line(), work), command.guide() + ": " + command.line())));
    }

    private static List<Command> commands(Path guide, String block) {
        List<Command> commands = new ArrayList<>();
        String line = null;
        StringBuilder output = new StringBuilder();
        for (String text : (block + "\n$ ").split("\n")) {
            if (text.startsWith("$ ")) {
                if (line != null) {
                    commands.add(new Command(guide, line, output.toString().stripTrailing()));
                }
                line = text.substring(2);
                output.setLength(0);
            } else {
                output.append(text).append('\n');
            }
        }
        return commands;
    }

    private static String run(String line, Path work) throws IOException, InterruptedException {
        String command = line.replace(GUIDES_ADDRESS, "http://localhost:" + RestAssured.port);
        Process process = new ProcessBuilder("bash", "-c", command).directory(work.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "finished: " + line);
        return output.stripTrailing();
    }
}
