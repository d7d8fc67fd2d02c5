package jp.mynacard.release;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.mynacard.common.OffLoop;
import jp.mynacard.ingest.ImportInput;
import jp.mynacard.ingest.ImportReport;
import jp.mynacard.ingest.Importer;
import jp.mynacard.ingest.SourceFile;
import jp.mynacard.problem.ApiException;
import jp.mynacard.problem.ProblemType;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Publishes uploaded files: a MIC table set (its files named as MIC's: all_prefectures.csv, ...) or
 * long-format CSV files, one release each. The uploads arrive on disk (Vert.x streams them there)
 * and are parsed from there as streams; that blocking work runs on a worker thread. Each publish is
 * timed by outcome ({@code mynacard_import_duration_seconds}), and each release it writes has its count
 * of figures ({@code mynacard_import_figures{release=...}}) at /q/metrics.
 */
@ApplicationScoped
public class ReleasePublishing {

    static final Set<String> MIC_FILE_NAMES = Set.of("all_localgovs.csv", "all_prefectures.csv", "summary_by_types.csv",
            "demographics.csv");

    @Inject
    Importer importer;

    @Inject
    MeterRegistry registry;

    @Inject
    PublishingConfig config;

    public Uni<ImportReport> publish(List<FileUpload> uploads) {
        if (uploads == null || uploads.isEmpty()) {
            throw ApiException.invalidParameter("file", "is required: one or more CSV files as multipart form parts named 'file'");
        }
        long total = uploads.stream().mapToLong(FileUpload::size).sum();
        if (total > config.upload().maxBytes()) {
            throw new ApiException(ProblemType.PAYLOAD_TOO_LARGE, "The upload has " + total + " bytes; the limit is "
                    + config.upload().maxBytes() + " (mynacard.upload.max-bytes).");
        }
        Timer.Sample started = Timer.start(registry);
        return Uni.createFrom().item(() -> inputs(uploads)).runSubscriptionOn(OffLoop.executor())
                .chain(importer::importAll)
                .invoke(report -> {
                    started.stop(duration(report.created().isEmpty() ? "unchanged" : "created"));
                    report.created().forEach(release -> Gauge.builder("mynacard.import.figures", release::observationCount)
                            .tag("release", Long.toString(release.releaseId())).strongReference(true)
                            .description("Figures of a release this process published").register(registry));
                })
                .onFailure().invoke(failure -> started.stop(duration("rejected")));
    }

    private Timer duration(String outcome) {
        return Timer.builder("mynacard.import.duration").tag("outcome", outcome)
                .description("Publishes through the API, by outcome").register(registry);
    }

    private static List<ImportInput> inputs(List<FileUpload> uploads) {
        List<SourceFile> micFiles = new ArrayList<>();
        List<ImportInput> inputs = new ArrayList<>();
        for (FileUpload upload : uploads) {
            SourceFile file = SourceFile.of(upload.fileName(), upload.uploadedFile());
            if (MIC_FILE_NAMES.contains(upload.fileName())) {
                micFiles.add(file);
            } else {
                inputs.add(ImportInput.longFormat(file));
            }
        }
        if (!micFiles.isEmpty()) {
            inputs.add(0, ImportInput.micTables(micFiles));
        }
        return inputs;
    }
}
