package jp.mynacard.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns import inputs into release drafts, validating everything before anything is written: codes,
 * names, numbers, dates, known metrics and sources, and duplicate keys within a release.
 */
final class ImportParser {

    static final String MIC_PUBLISHER = "総務省 (Ministry of Internal Affairs and Communications)";
    static final String MIC_URL = "https://www.soumu.go.jp/kojinbango_card/kofujokyo.html";
    static final String CURATED_PUBLISHER = "mynacard-api, compiled from the sources listed in sources.csv";
    private static final DateTimeFormatter JAPANESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final ReferenceData reference;
    private final ImportProblems problems = new ImportProblems();

    ImportParser(ReferenceData reference) {
        this.reference = reference;
    }

    /** Sources first: the figures of the same import may cite them. */
    List<ReleaseDraft> parse(List<ImportInput> inputs) {
        return parse(inputs, ImportProgress.NONE);
    }

    List<ReleaseDraft> parse(List<ImportInput> inputs, ImportProgress progress) {
        List<ImportInput> ordered = new ArrayList<>(inputs);
        ordered.sort(Comparator.comparing(input -> !isSources(input)));
        List<ReleaseDraft> drafts = new ArrayList<>();
        for (ImportInput input : ordered) {
            ReleaseDraft draft = input.kind() == ImportInput.Kind.MIC_TABLES ? micTables(input) : longFormat(input);
            drafts.add(draft);
            progress.advanced("parsing", drafts.size(), ordered.size(), draft == null ? "?" : draft.name());
        }
        problems.throwIfAny();
        return drafts;
    }

    private static boolean isSources(ImportInput input) {
        return input.kind() == ImportInput.Kind.LONG_FORMAT
                && LongFormat.detect(input.files().get(0)).orElse(null) == LongFormat.SOURCES;
    }

    private ReleaseDraft micTables(ImportInput input) {
        MicTableSetParser.Result result = new MicTableSetParser(reference, problems).parse(input.files());
        checkDuplicates(result.observations());
        LocalDate date = result.referenceDate();
        String title = "マイナンバーカード交付状況について" + (date == null ? "" : "（" + JAPANESE_DATE.format(date) + "時点）");
        return new ReleaseDraft("mic-" + date, "mic-tables", date, MIC_PUBLISHER, title, MIC_URL, input.checksum(),
                names(input), result.observations(), result.areas(), List.of());
    }

    private ReleaseDraft longFormat(ImportInput input) {
        SourceFile file = input.files().get(0);
        LongFormat format = LongFormat.detect(file).orElse(null);
        if (format == null) {
            problems.add(new ImportProblem(file.name(), 1, 1, "unknown file format: the header matches none of "
                    + "the MIC tables or the long formats documented in data/README.md"));
            return null;
        }
        LongFormatParser parser = new LongFormatParser(reference, problems);
        parser.parse(file, format);
        checkDuplicates(parser.observations());
        String baseName = ImportInput.baseName(file).replaceFirst("\\.csv$", "");
        LocalDate referenceDate = parser.observations().stream().map(o -> o.period().end())
                .max(Comparator.naturalOrder()).orElse(null);
        return new ReleaseDraft("curated-" + baseName.replace('_', '-'), "long-" + format.name().toLowerCase().replace('_', '-'),
                referenceDate, CURATED_PUBLISHER, "mynacard-api curated compilation: " + baseName + ".csv", null,
                input.checksum(), names(input), parser.observations(), List.of(), parser.sources());
    }

    private void checkDuplicates(List<ObservationRecord> observations) {
        Map<String, ObservationRecord> seen = new HashMap<>();
        for (ObservationRecord o : observations) {
            ObservationRecord first = seen.putIfAbsent(o.key(), o);
            if (first != null) {
                problems.add(new ImportProblem(o.file(), o.line(), 0, "duplicate figure: " + o.metricId() + " for area "
                        + o.areaCode() + " at " + o.period().label() + " is already given at " + first.file() + ":" + first.line()));
            }
        }
    }

    private static List<String> names(ImportInput input) {
        return input.files().stream().map(SourceFile::name).sorted().toList();
    }
}
