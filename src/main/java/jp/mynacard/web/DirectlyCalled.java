package jp.mynacard.web;

/**
 * A REST resource whose GET methods {@link FastAnswers} may call itself, bypassing the REST layer, for
 * latest-state JSON answers it does not hold yet: the figure queries, whose random areas and dates
 * make most of their answers new, and whose latest state is computed from memory on the event loop.
 */
public interface DirectlyCalled {
}
