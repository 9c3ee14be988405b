package org.excoord.bot.web;

import org.excoord.shared.Outcome;
import org.excoord.shared.Refusal;

/** Carries a domain refusal from a controller to {@link ApiExceptionHandler}, which renders it as a problem. */
class RefusedException extends RuntimeException {

    private final transient Refusal refusal;

    RefusedException(Refusal refusal) {
        super(refusal.message(), null, false, false);
        this.refusal = refusal;
    }

    Refusal refusal() {
        return refusal;
    }

    /** The value of a done outcome, or a {@link RefusedException} for a refused one. */
    static <T> T orRefuse(Outcome<T> outcome) {
        if (outcome instanceof Outcome.Refused<T> refused) {
            throw new RefusedException(refused.refusal());
        }
        return outcome.orElseThrow();
    }

    static RefusedException notFound(String message) {
        return new RefusedException(Refusal.notFound(message));
    }
}
