package jp.mynacard.common;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.List;

/**
 * Reads entities in a session of their own. The request's session (Panache's) may not be used by two
 * operations at once, and in-memory snapshots load side by side on one request. A snapshot may first
 * load on a request, so the read has the request's database budget.
 */
@ApplicationScoped
public class OwnSession {

    @Inject
    Mutiny.SessionFactory sessions;

    @Inject
    DatabaseBudget budget;

    public <T> Uni<List<T>> list(String query, Class<T> type) {
        return budget.within(sessions.openSession()
                .chain(session -> session.createSelectionQuery(query, type).getResultList().eventually(session::close)));
    }
}
