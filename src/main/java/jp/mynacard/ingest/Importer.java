package jp.mynacard.ingest;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.mynacard.common.DatasetChanged;
import jp.mynacard.common.DatasetViews;
import jp.mynacard.common.OffLoop;
import jp.mynacard.common.Transactions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Imports table sets all-or-nothing: inputs already imported (same checksum) are skipped, the rest
 * is validated and written in one transaction.
 */
@ApplicationScoped
public class Importer {

    @Inject
    Transactions transactions;

    @Inject
    Pool pool;

    @Inject
    ReleaseWriter writer;

    @Inject
    DatasetViews views;

    public Uni<ImportReport> importAll(List<ImportInput> inputs) {
        return importAll(inputs, ImportProgress.NONE);
    }

    /**
     * Imports what is new among {@code inputs}. Two imports of the same files at once (two uploads, or
     * two instances loading the bundled dataset into one database) both find them new; the second to
     * commit breaks the unique checksum, and importing again then finds the first one's releases.
     */
    public Uni<ImportReport> importAll(List<ImportInput> inputs, ImportProgress progress) {
        return importNew(inputs, progress)
                .onFailure(Importer::sameFilesCommittedMeanwhile).recoverWithUni(() -> importNew(inputs, progress));
    }

    private static boolean sameFilesCommittedMeanwhile(Throwable failure) {
        return failure instanceof PgException e && "23505".equals(e.getSqlState())
                && Set.of("release_checksum_key", "release_content_checksum_key").contains(e.getConstraint());
    }

    /** An input with its checksums, worked out once (each reads every file). */
    private record Identified(ImportInput input, String checksum, String contentChecksum) {

        static Identified of(ImportInput input) {
            return new Identified(input, input.checksum(), input.contentChecksum());
        }
    }

    /**
     * A release is known by its files' bytes or by their text (the same figures in another encoding or
     * with other line ends). A release known by its bytes that has no content checksum yet (imported
     * before there was one) gets it now.
     */
    private Uni<ImportReport> importNew(List<ImportInput> inputs, ImportProgress progress) {
        return Uni.createFrom().item(() -> inputs.stream().map(Identified::of).toList())
                .runSubscriptionOn(OffLoop.executor())
                .chain(identified -> pool.query("SELECT id, name, reference_date, checksum, content_checksum, observation_count FROM release")
                        .execute().chain(rows -> {
                            Map<String, Row> byChecksum = new HashMap<>();
                            Map<String, Row> byContent = new HashMap<>();
                            rows.forEach(row -> {
                                byChecksum.put(row.getString("checksum"), row);
                                if (row.getString("content_checksum") != null) {
                                    byContent.put(row.getString("content_checksum"), row);
                                }
                            });
                            List<ImportInput> fresh = new ArrayList<>();
                            List<ImportReport.Entry> unchanged = new ArrayList<>();
                            List<Tuple> firstContentChecksums = new ArrayList<>();
                            Set<String> seen = new HashSet<>();
                            for (Identified input : identified) {
                                Row known = byChecksum.getOrDefault(input.checksum(), byContent.get(input.contentChecksum()));
                                if (known != null) {
                                    unchanged.add(entry(known));
                                    if (known.getString("content_checksum") == null) {
                                        firstContentChecksums.add(Tuple.of(known.getLong("id"), input.contentChecksum()));
                                    }
                                } else if (seen.add(input.contentChecksum())) {
                                    fresh.add(input.input()); // the same figures twice in one import count once
                                }
                            }
                            return recordContentChecksums(firstContentChecksums)
                                    .chain(() -> importFresh(fresh, progress))
                                    .map(created -> new ImportReport(created, unchanged));
                        }));
    }

    private Uni<Void> recordContentChecksums(List<Tuple> releases) {
        return releases.isEmpty() ? Uni.createFrom().voidItem()
                : pool.preparedQuery("UPDATE release SET content_checksum = $2 WHERE id = $1 AND content_checksum IS NULL")
                        .executeBatch(releases).replaceWithVoid();
    }

    /**
     * One transaction for all inputs; each is parsed (on a worker thread) and written before the next
     * is read, so only one release's figures are in memory at a time. A refused input rolls back all.
     */
    private Uni<List<ImportReport.Entry>> importFresh(List<ImportInput> inputs, ImportProgress progress) {
        if (inputs.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<ImportInput> ordered = ImportParser.inOrder(inputs);
        return loadReferenceData().chain(reference -> {
            ImportParser parser = new ImportParser(reference);
            return transactions.run(connection -> Multi.createFrom().range(0, ordered.size())
                            .onItem().transformToUniAndConcatenate(i -> Uni.createFrom().item(() -> parser.parse(ordered.get(i)))
                                    .runSubscriptionOn(OffLoop.executor())
                                    .chain(draft -> writer.write(connection, draft).map(id -> {
                                        progress.advanced("importing", i + 1, ordered.size(), draft.name());
                                        return id.map(releaseId -> ImportReport.Entry.written(releaseId, draft));
                                    })))
                            .collect().asList())
                    .map(entries -> entries.stream().flatMap(Optional::stream).toList())
                    .call(entries -> entries.isEmpty() ? Uni.createFrom().voidItem()
                            : views.changed(new DatasetChanged(entries.stream().map(ImportReport.Entry::releaseId).toList())));
        });
    }

    Uni<ReferenceData> loadReferenceData() {
        Uni<List<ReferenceData.Area>> areas = pool.query("SELECT code, level, parent_code, name_ja FROM area").execute()
                .map(rows -> {
                    List<ReferenceData.Area> list = new ArrayList<>();
                    rows.forEach(r -> list.add(new ReferenceData.Area(r.getString("code"), r.getString("level"),
                            r.getString("parent_code"), r.getString("name_ja"))));
                    return list;
                });
        Uni<Map<String, String>> metrics = pool.query("SELECT alias, metric_id FROM metric_alias UNION ALL SELECT id, id FROM metric")
                .execute().map(rows -> {
                    Map<String, String> map = new HashMap<>();
                    rows.forEach(r -> map.put(r.getString(0), r.getString(1)));
                    return map;
                });
        Uni<Set<String>> sources = pool.query("SELECT id FROM source").execute().map(rows -> {
            Set<String> set = new HashSet<>();
            rows.forEach(r -> set.add(r.getString(0)));
            return set;
        });
        Uni<ReferenceData.Units> units = pool.query("SELECT id, unit FROM metric").execute().chain(rows -> {
            Map<String, String> byMetric = new HashMap<>();
            rows.forEach(r -> byMetric.put(r.getString(0), r.getString(1)));
            return pool.query("""
                            SELECT v.metric_id, v.unit, coalesce(v.variant_metric_id, v.metric_id), coalesce(v.as_unit, m.unit)
                              FROM metric_unit_variant v JOIN metric m ON m.id = coalesce(v.variant_metric_id, v.metric_id)""")
                    .execute().map(variants -> {
                        Map<ReferenceData.Filed, ReferenceData.Filed> map = new HashMap<>();
                        variants.forEach(r -> map.put(new ReferenceData.Filed(r.getString(0), r.getString(1)),
                                new ReferenceData.Filed(r.getString(2), r.getString(3))));
                        return new ReferenceData.Units(byMetric, map);
                    });
        });
        return Uni.combine().all().unis(areas, metrics, sources, units).with(ReferenceData::new);
    }

    private static ImportReport.Entry entry(Row row) {
        return new ImportReport.Entry(row.getLong("id"), row.getString("name"), row.getLocalDate("reference_date"),
                row.getString("checksum"), row.getInteger("observation_count"), null, null, null);
    }
}
