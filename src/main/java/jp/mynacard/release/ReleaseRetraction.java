package jp.mynacard.release;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.mynacard.common.DatasetChanged;
import jp.mynacard.common.DatasetViews;
import jp.mynacard.common.Transactions;
import jp.mynacard.observation.ObservationKey;
import jp.mynacard.problem.ApiException;
import jp.mynacard.problem.ProblemType;

import java.util.List;

/**
 * Retracts a release: it leaves the latest views (each of its keys falls back to the newest figure of
 * a release still standing) but stays addressable, and asOf queries of earlier vintages still see it.
 */
@ApplicationScoped
public class ReleaseRetraction {

    private static final String PROMOTE_FALLBACKS = """
            UPDATE observation o SET is_current = true FROM (
                SELECT DISTINCT ON (%1$s) x.id
                FROM observation x JOIN release r ON r.id = x.release_id
                WHERE r.retracted_at IS NULL
                  AND EXISTS (SELECT 1 FROM observation y WHERE y.release_id = $1 AND %2$s)
                ORDER BY %1$s, x.release_id DESC) pick
            WHERE o.id = pick.id
              AND NOT EXISTS (SELECT 1 FROM observation y, observation x WHERE x.id = o.id AND y.is_current AND %2$s)"""
            .formatted(ObservationKey.columns("x"), ObservationKey.same("x", "y"));

    @Inject
    Transactions transactions;

    @Inject
    DatasetViews views;

    /** Retracts {@code id} (a no-op when it already is); false when no such release exists. */
    public Uni<Boolean> retract(long id, String reason) {
        return transactions.run(connection -> connection
                        .preparedQuery("SELECT retracted_at IS NOT NULL FROM release WHERE id = $1 FOR UPDATE")
                        .execute(Tuple.of(id))
                        .chain(rows -> {
                            if (rows.size() == 0) {
                                throw new ApiException(ProblemType.UNKNOWN_RELEASE, "No release has the id " + id + ".");
                            }
                            if (rows.iterator().next().getBoolean(0)) {
                                return Uni.createFrom().item(false);
                            }
                            return connection.preparedQuery("UPDATE release SET retracted_at = now(), retraction_reason = $2 WHERE id = $1")
                                    .execute(Tuple.of(id, reason))
                                    .chain(() -> connection.preparedQuery("UPDATE observation SET is_current = false WHERE release_id = $1 AND is_current")
                                            .execute(Tuple.of(id)))
                                    .chain(() -> connection.preparedQuery(PROMOTE_FALLBACKS).execute(Tuple.of(id)))
                                    .replaceWith(true);
                        }))
                .call(retracted -> retracted ? views.changed(new DatasetChanged(List.of(id))) : Uni.createFrom().voidItem());
    }
}
