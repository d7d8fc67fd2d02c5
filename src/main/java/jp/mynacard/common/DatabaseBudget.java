package jp.mynacard.common;

import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import jakarta.enterprise.context.ApplicationScoped;
import jp.mynacard.problem.ApiException;
import jp.mynacard.problem.ProblemType;

import java.io.IOException;
import java.time.Duration;

/**
 * The time a request may spend on one database call: past it, or when the database cannot be reached,
 * the request fails fast with 503 service-unavailable and Retry-After, instead of hanging with a
 * stopped database or answering 500 with a stack trace in the log for a down one.
 */
@ApplicationScoped
public class DatabaseBudget {

    private final Duration budget;

    public DatabaseBudget(DatabaseConfig config) {
        this.budget = config.requestBudget();
    }

    public <T> Uni<T> within(Uni<T> call) {
        return call.ifNoItem().after(budget).failWith(() -> unavailable("did not answer within " + budget.toMillis() + " ms"))
                .onFailure(DatabaseBudget::unreachable).transform(failure -> unavailable("cannot be reached"));
    }

    /** A failure to reach the database, not an error in what was asked of it. */
    static boolean unreachable(Throwable failure) {
        if (failure instanceof IOException || failure instanceof ClosedConnectionException) {
            return true;
        }
        if (failure instanceof PgException pg && pg.getSqlState() != null) {
            // 08: connection exceptions; 57P0x: the server is shutting down, restarting or starting.
            return pg.getSqlState().startsWith("08") || pg.getSqlState().startsWith("57P0");
        }
        Throwable cause = failure.getCause();
        return cause != null && cause != failure && unreachable(cause)
                || failure.getClass().getName().startsWith("io.netty.channel") // connect and timeout failures
                || String.valueOf(failure.getMessage()).contains("Connection refused");
    }

    private static ApiException unavailable(String what) {
        return new ApiException(ProblemType.SERVICE_UNAVAILABLE, "The database " + what + "; try again in a few seconds. "
                + "Answers already in memory are still served.");
    }
}
