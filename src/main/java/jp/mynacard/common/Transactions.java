package jp.mynacard.common;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.function.Function;

/**
 * Transactions on the pool whose connection reports a failure that arrives between two statements
 * (the server shutting down while the service works on a result) through the log. The driver prints
 * such a failure raw on standard error when the borrowed connection has no handler of its own; the
 * statement that follows fails anyway, and the transaction with it.
 */
@ApplicationScoped
public class Transactions {

    private static final Logger LOG = Logger.getLogger(Transactions.class);

    @Inject
    Pool pool;

    public <T> Uni<T> run(Function<SqlConnection, Uni<T>> work) {
        return pool.withTransaction(connection -> {
            connection.exceptionHandler(failure -> LOG.warnf("A database connection in a transaction failed (%s)", failure.getMessage()));
            return work.apply(connection);
        });
    }
}
