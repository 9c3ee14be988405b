package org.excoord.nudge;

import java.time.Instant;
import java.util.Optional;

/**
 * Who is out of office by their Outlook automatic reply (kept in {@code out_of_office} by graph-sync, read here):
 * without a delegation their digests wait, and their settings suggest naming a delegate.
 */
public interface OutOfOffice {

    record Away(Long personId, Instant startsAt, Instant endsAt) {
    }

    /** The person's automatic reply if it is on at {@code at}. */
    Optional<Away> at(Long personId, Instant at);
}
