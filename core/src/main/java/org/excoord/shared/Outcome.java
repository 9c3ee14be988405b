package org.excoord.shared;

import java.util.function.Function;

/**
 * The result of a domain command: either {@link Done} with a value or {@link Refused} with a {@link Refusal}.
 *
 * @param <T> the value of a successful command
 */
public sealed interface Outcome<T> permits Outcome.Done, Outcome.Refused {

    record Done<T>(T value) implements Outcome<T> {
    }

    record Refused<T>(Refusal refusal) implements Outcome<T> {
    }

    static <T> Outcome<T> done(T value) {
        return new Done<>(value);
    }

    static <T> Outcome<T> refused(Refusal refusal) {
        return new Refused<>(refusal);
    }

    default boolean isDone() {
        return this instanceof Done;
    }

    /** The value of a done outcome; for a refused one, throws {@link IllegalStateException} naming the refusal. */
    default T orElseThrow() {
        if (this instanceof Done<T> done) {
            return done.value();
        }
        throw new IllegalStateException("refused: " + ((Refused<T>) this).refusal());
    }

    /** The refusal, or null when done. */
    default Refusal refusal() {
        return this instanceof Refused<T> refused ? refused.refusal() : null;
    }

    default <U> Outcome<U> map(Function<? super T, ? extends U> mapper) {
        if (this instanceof Done<T> done) {
            return new Done<>(mapper.apply(done.value()));
        }
        return new Refused<>(((Refused<T>) this).refusal());
    }
}
