package jp.mynacard.observation;

import io.smallrye.mutiny.Uni;

import java.util.List;

/**
 * Answers {@link ObservationQuery}s: {@link MemoryObservationStore} the latest state, {@link SqlObservationStore}
 * any vintage. Both answer alike (ObservationStoreContractTest), in the order metric, area code, date, id.
 */
public interface ObservationStore {

    Uni<List<ObservationRow>> find(ObservationQuery query);

    /** Reference dates that have figures for the query (its from/to ignored), newest first. */
    Uni<List<DateCoverage>> dates(ObservationQuery query);

    /** A reference date with figures for a query, and for how many areas. */
    record DateCoverage(java.time.LocalDate date, int areas) {
    }
}
