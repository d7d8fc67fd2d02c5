package jp.mynacard.ingest;

import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import jp.mynacard.testsupport.ApiTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Broken copies of real MIC files are refused whole, with file:line:column, and write nothing. */
@ApiTest
class ImporterTest {

    private static final Path SET = Path.of("data/mic-c4j/20221231");

    @Inject
    Importer importer;

    @Inject
    Pool pool;

    @Test
    void wrongHeader() {
        List<ImportProblem> problem = rejected(PREFECTURES, text -> text.replaceFirst("\"交付枚数\"", "\"交付数\""));
        assertProblem(problem, "all_prefectures.csv", 1, 4, "expected '交付枚数', found '交付数'");
    }

    @Test
    void unknownPrefecture() {
        List<ImportProblem> problem = rejected(PREFECTURES, text -> text.replace("\"青森県\"", "\"青杜県\""));
        assertProblem(problem, "all_prefectures.csv", 3, 2, "unknown prefecture '青杜県'");
    }

    @Test
    void unknownMunicipality() {
        // 011003 fails the check digit of 01100 (札幌市 is 011002).
        List<ImportProblem> problem = rejected(MUNICIPALITIES, text -> text.replace(",11002\n", ",11003\n"));
        assertProblem(problem, "all_localgovs.csv", 2, 9, "not a 全国地方公共団体コード");
        List<ImportProblem> byName = rejected(MUNICIPALITIES, text -> text.replace("\"三宅村\"", "\"存在しない村\""));
        assertProblem(byName, "all_localgovs.csv", 686, 9, "no known municipality 存在しない村");
    }

    @Test
    void nonNumericValue() {
        List<ImportProblem> problem = rejected(PREFECTURES, text -> text.replace(",2888648,", ",2888648x,"));
        assertProblem(problem, "all_prefectures.csv", 2, 4, "not a number: '2888648x'");
    }

    @Test
    void duplicateKey() {
        List<ImportProblem> problem = rejected(PREFECTURES, text -> text + text.lines().skip(13).findFirst().orElseThrow() + "\n");
        assertProblem(problem, "all_prefectures.csv", 49, 0, "duplicate figure: cards-issued for area 13 at 2022-12-31");
    }

    @Test
    void truncatedFile() {
        List<ImportProblem> cutRow = rejected(MUNICIPALITIES, text -> text.substring(0, text.indexOf("\"函館市\"") + 6));
        assertProblem(cutRow, "all_localgovs.csv", 3, 5, "expected 9 columns, found 4");
        List<ImportProblem> cutQuote = rejected(MUNICIPALITIES, text -> text.substring(0, text.indexOf("\"函館市\"") + 3));
        assertProblem(cutQuote, "all_localgovs.csv", 3, 0, "malformed CSV");
    }

    @Test
    void unknownEncoding() throws IOException {
        List<SourceFile> files = micSet(UnaryOperator.identity(), null);
        files.set(0, SourceFile.of(files.get(0).name(), text(SET.resolve("all_localgovs.csv")).getBytes(StandardCharsets.UTF_16LE)));
        assertProblem(rejectedSet(files), "all_localgovs.csv", 0, 0, "neither UTF-8 nor Shift_JIS");
    }

    @Test
    void shiftJisCopyParsesToTheSameFiguresAsUtf8() throws IOException {
        Charset cp932 = Charset.forName("windows-31j");
        List<SourceFile> utf8 = micSet(UnaryOperator.identity(), null);
        List<SourceFile> sjis = new java.util.ArrayList<>();
        try (var paths = Files.list(SET)) {
            for (Path path : paths.sorted().toList()) {
                byte[] encoded = text(path).getBytes(cp932);
                assertTrue(encoded.length < Files.size(path), "really re-encoded: " + path);
                sjis.add(SourceFile.of("upload/" + path.getFileName(), encoded));
            }
        }
        assertEquals(figures(utf8), figures(sjis));
    }

    /** A bundled file's text (UTF-8 with a byte-order mark). */
    private static String text(Path path) throws IOException {
        return Files.readString(path, StandardCharsets.UTF_8).replace("\uFEFF", "");
    }

    private List<String> figures(List<SourceFile> files) {
        ReferenceData reference = importer.loadReferenceData().await().indefinitely();
        return new ImportParser(reference).parse(ImportInput.micTables(files)).observations().stream()
                .map(o -> o.key() + "=" + o.value().toPlainString() + "/" + o.denominator() + "/" + o.basisDate())
                .toList();
    }

    private static final String PREFECTURES = "all_prefectures.csv";
    private static final String MUNICIPALITIES = "all_localgovs.csv";

    private List<ImportProblem> rejected(String file, UnaryOperator<String> corruption) {
        return rejectedSet(micSet(corruption, file));
    }

    private List<ImportProblem> rejectedSet(List<SourceFile> files) {
        String before = tableCounts();
        ImportRejectedException e = assertThrows(ImportRejectedException.class,
                () -> importer.importAll(List.of(ImportInput.micTables(files))).await().indefinitely());
        assertEquals(before, tableCounts(), "nothing written");
        return e.problems();
    }

    /** One of the reported problems is exactly at file:line:column and says {@code message}. */
    private static void assertProblem(List<ImportProblem> problems, String file, int line, int column, String message) {
        assertTrue(problems.stream().anyMatch(p -> p.file().endsWith(file) && p.line() == line && p.column() == column
                && p.message().contains(message)), "expected " + file + ":" + line + ":" + column + " " + message
                + " among " + problems);
    }

    /** The real 2022-12-31 set, with one file changed by {@code corruption}. */
    private static List<SourceFile> micSet(UnaryOperator<String> corruption, String corrupted) {
        try (var paths = Files.list(SET)) {
            return new java.util.ArrayList<>(paths.sorted().map(path -> {
                try {
                    String name = "upload/" + path.getFileName();
                    if (!path.getFileName().toString().equals(corrupted)) {
                        return SourceFile.of(name, path);
                    }
                    return SourceFile.of(name, corruption.apply(text(path)).getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String tableCounts() {
        return pool.query("SELECT (SELECT count(*) FROM release) || '/' || (SELECT count(*) FROM observation) || '/' "
                        + "|| (SELECT count(*) FROM area) || '/' || (SELECT count(*) FROM source)")
                .execute().await().indefinitely().iterator().next().getString(0);
    }
}
