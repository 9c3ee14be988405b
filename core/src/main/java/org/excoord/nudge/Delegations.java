package org.excoord.nudge;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.excoord.directory.Actor;
import org.excoord.shared.Outcome;

/**
 * Out of office: a person names a delegate for a period. While it is active, nudges and digests go to the delegate,
 * who may act on the delegator's items (the directory adds the delegators to the delegate's {@link Actor}); every
 * such act is audited as "Delegate on behalf of Delegator". A person sets their own; an admin anyone's.
 */
public interface Delegations {

    record Delegation(Long id, Long delegatorId, String delegatorName, Long delegateId, String delegateName,
            LocalDate startsOn, LocalDate endsOn, String source) {
    }

    Outcome<Delegation> delegate(Long delegatorId, Long delegateId, LocalDate startsOn, LocalDate endsOn, Actor actor);

    Outcome<Void> revoke(Long delegatorId, Actor actor);

    /** The delegation active for the person on that day, if any. */
    Optional<Delegation> activeFor(Long delegatorId, LocalDate day);

    /** The people the delegate stands in for on that day. */
    List<Long> delegatorsOf(Long delegateId, LocalDate day);
}
