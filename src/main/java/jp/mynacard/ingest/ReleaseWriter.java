package jp.mynacard.ingest;

import jp.mynacard.observation.ObservationKey;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jp.mynacard.problem.ApiException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writes a release draft inside the caller's transaction: sources and areas upserted, then its
 * release row and its figures (bulk, through unnest), each chunk retiring the current figures it revises.
 */
@ApplicationScoped
class ReleaseWriter {

    private static final int CHUNK = 5_000;

    /** The chunk's sixteen columns ($1 to $16, text arrays), named and typed as in observation. */
    private static final String ARRAYS = """
            $1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
            $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[], $16::text[]""";
    private static final String ALIASES = "m, a, r, s, pk, pl, ag, sx, c, src, v, u, p, d, b, nt";
    private static final String FIGURE = """
            m AS metric_id, a AS area_code, r::date AS ref_date, s::date AS period_start, pk AS period_kind,
            pl AS period_label, ag AS age_group, sx AS sex, c AS category, src AS source_id, v::numeric AS value,
            u AS unit, p AS precision, d::bigint AS denominator, b::date AS basis_date, nt AS note""";

    private static final String SAME_FIGURE = """
            o.value::text = n.value::text AND o.unit = n.unit AND o.precision = n.precision
            AND o.denominator IS NOT DISTINCT FROM n.denominator AND o.basis_date IS NOT DISTINCT FROM n.basis_date""";

    /**
     * The chunk's figures whose key already has a current figure: their position in the chunk (from 1),
     * that figure's id, and whether it is the same figure restated (it stays current and keeps its
     * first release) or a different one (a revision, which retires it). One key lookup per figure.
     */
    private static final String CURRENT_OF_SAME_KEY = "SELECT n.ord, o.id, (" + SAME_FIGURE + ") AS restated FROM (SELECT "
            + FIGURE + ", ord FROM unnest(" + ARRAYS + ") WITH ORDINALITY AS t(" + ALIASES + ", ord)) n "
            + "JOIN observation o ON o.is_current AND " + ObservationKey.same("o", "n");

    private static final String RETIRE = "UPDATE observation SET is_current = false WHERE id = ANY($1)";

    /** Inserts the chunk, whether each figure is current given in $17, the release in $18. */
    private static final String INSERT_FIGURES = """
            INSERT INTO observation (release_id, metric_id, area_code, ref_date, period_start, period_kind, period_label,
                                     age_group, sex, category, source_id, value, unit, precision, denominator, basis_date,
                                     note, is_current)
            SELECT $18, %s, cur FROM unnest(%s, $17::boolean[]) AS t(%s, cur)""".formatted(FIGURE, ARRAYS, ALIASES);

    /**
     * Figures whose metric, area or source is not in the database (at most one): the references that
     * foreign keys would check row by row, checked for a whole chunk at once. The parsers have checked
     * them against the same tables, so a hit is a bug, and it fails the whole import.
     */
    private static final String UNKNOWN_REFERENCE = """
            SELECT n.metric_id, n.area_code, n.source_id
            FROM unnest($1::text[], $2::text[], $3::text[]) AS n(metric_id, area_code, source_id)
            WHERE NOT EXISTS (SELECT 1 FROM metric m WHERE m.id = n.metric_id)
               OR NOT EXISTS (SELECT 1 FROM area a WHERE a.code = n.area_code)
               OR NOT EXISTS (SELECT 1 FROM source s WHERE s.id = n.source_id)
            LIMIT 1""";

    /** Writes one draft; its release id, or empty for a draft without figures (sources.csv). */
    Uni<Optional<Long>> write(SqlConnection connection, ReleaseDraft draft) {
        return upsertSources(connection, draft.sources())
                .chain(() -> upsertAreas(connection, draft.areas()))
                .chain(() -> draft.observations().isEmpty() ? Uni.createFrom().item(Optional.<Long>empty())
                        : writeRelease(connection, draft).map(Optional::of));
    }

    private Uni<Void> upsertSources(SqlConnection connection, List<SourceRecord> sources) {
        if (sources.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return connection.preparedQuery("""
                        INSERT INTO source (id, title, publisher, url, reliability, notes) VALUES ($1, $2, $3, $4, $5, $6)
                        ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, publisher = EXCLUDED.publisher,
                            url = EXCLUDED.url, reliability = EXCLUDED.reliability, notes = EXCLUDED.notes""")
                .executeBatch(sources.stream().map(s -> Tuple.from(Arrays.asList(s.id(), s.title(), s.publisher(),
                        s.url(), s.reliability(), s.notes()))).toList())
                .replaceWithVoid();
    }

    private Uni<Void> upsertAreas(SqlConnection connection, List<NewArea> areas) {
        if (areas.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return connection.preparedQuery("""
                        INSERT INTO area (code, level, parent_code, name_ja) VALUES ($1, 'municipality', $2, $3)
                        ON CONFLICT (code) DO UPDATE SET name_ja = EXCLUDED.name_ja""")
                .executeBatch(areas.stream().map(a -> Tuple.of(a.code(), a.prefectureCode(), a.nameJa())).toList())
                .replaceWithVoid();
    }

    private Uni<Long> writeRelease(SqlConnection connection, ReleaseDraft draft) {
        return connection.preparedQuery("""
                        INSERT INTO release (name, format, reference_date, publisher, title, url, checksum, content_checksum,
                                             files, observation_count, published_on)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id""")
                .execute(Tuple.from(Arrays.asList(draft.name(), draft.format(), draft.referenceDate(), draft.publisher(),
                        draft.title(), draft.url(), draft.checksum(), draft.contentChecksum(), draft.files().toArray(String[]::new),
                        draft.observations().size(), draft.publishedOn())))
                .map(rows -> rows.iterator().next().getLong("id"))
                .call(id -> insertObservations(connection, id, draft.observations()));
    }

    private Uni<Void> insertObservations(SqlConnection connection, long releaseId, List<ObservationRecord> observations) {
        int chunks = (observations.size() + CHUNK - 1) / CHUNK;
        return Multi.createFrom().range(0, chunks)
                .onItem().transformToUniAndConcatenate(i -> {
                    List<ObservationRecord> chunk = observations.subList(i * CHUNK, Math.min(observations.size(), (i + 1) * CHUNK));
                    Tuple figures = columns(chunk);
                    return checkReferences(connection, figures)
                            .chain(() -> connection.preparedQuery(CURRENT_OF_SAME_KEY).execute(figures))
                            .chain(matches -> {
                                // A new key or a revision is current; a figure restated unchanged is not.
                                Boolean[] current = new Boolean[chunk.size()];
                                Arrays.fill(current, Boolean.TRUE);
                                List<Long> revised = new ArrayList<>();
                                for (Row match : matches) {
                                    if (match.getBoolean("restated")) {
                                        current[match.getLong("ord").intValue() - 1] = Boolean.FALSE;
                                    } else {
                                        revised.add(match.getLong("id"));
                                    }
                                }
                                return retire(connection, revised).chain(() -> connection.preparedQuery(INSERT_FIGURES)
                                        .execute(figures.addArrayOfBoolean(current).addLong(releaseId)));
                            });
                })
                .collect().last().replaceWithVoid();
    }

    /** Retires the current figures that the chunk revises, before it is inserted (one current figure per key). */
    private static Uni<Void> retire(SqlConnection connection, List<Long> revised) {
        if (revised.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return connection.preparedQuery(RETIRE).execute(Tuple.of(revised.toArray(Long[]::new))).replaceWithVoid();
    }

    /** Fails on a figure of the chunk whose metric, area or source ($1, $2 and $10 of the chunk) is unknown. */
    private static Uni<Void> checkReferences(SqlConnection connection, Tuple figures) {
        return connection.preparedQuery(UNKNOWN_REFERENCE)
                .execute(Tuple.of(figures.getArrayOfStrings(0), figures.getArrayOfStrings(1), figures.getArrayOfStrings(9)))
                .invoke(rows -> {
                    if (rows.size() > 0) {
                        Row row = rows.iterator().next();
                        // Bad input, not a fault: e.g. MIC tables published to a database without the reference data.
                        throw ApiException.invalidData("The upload was refused and nothing was written: a figure refers to a "
                                + "metric, area or source this database does not hold (" + row.getString("metric_id") + ", "
                                + row.getString("area_code") + ", " + row.getString("source_id") + ").", List.of());
                    }
                })
                .replaceWithVoid();
    }

    private static Tuple columns(List<ObservationRecord> chunk) {
        Tuple tuple = Tuple.tuple();
        List<Function<ObservationRecord, Object>> columns = List.of(
                ObservationRecord::metricId, ObservationRecord::areaCode, o -> o.period().end(),
                o -> o.period().start(), o -> o.period().kind(), o -> o.period().label(), ObservationRecord::ageGroup,
                ObservationRecord::sex, ObservationRecord::category, ObservationRecord::sourceId,
                o -> o.value().toPlainString(), ObservationRecord::unit, ObservationRecord::precision,
                ObservationRecord::denominator, ObservationRecord::basisDate, ObservationRecord::note);
        for (Function<ObservationRecord, Object> column : columns) {
            tuple.addArrayOfString(chunk.stream().map(column).map(v -> Objects.toString(v, null)).toArray(String[]::new));
        }
        return tuple;
    }
}
