package org.excoord.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.excoord.directory.Actor;
import org.excoord.shared.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Leaves a trace of every refusal of an authenticated caller: one WARN line on the logger {@value #LOGGER} (who,
 * what, why: operations alert on it) and, when the refusal protects a classified record, an audit row
 * ({@code REFUSED}) that is written in a transaction of its own, so it stays although the refused command's
 * transaction rolls back.
 *
 * <p>Nobody calls this by hand: {@link RefusalTrailConfiguration} intercepts every service method that takes an
 * {@link Actor} and returns a refused {@link org.excoord.shared.Outcome}, so a new command or a new edge (a REST
 * endpoint, a card verb) cannot forget it. A refusal handed up through several services is traced once, by the
 * service that raised it.
 */
@Service
public class RefusalTrail {

    public static final String LOGGER = "excoord.refusals";
    public static final String REFUSED = "REFUSED";

    private static final Logger log = LoggerFactory.getLogger(LOGGER);

    /** The last refusal traced on this thread: an outer service returning the same refusal is not traced again. */
    private static final ThreadLocal<Refusal> LAST = new ThreadLocal<>();

    private final AuditLog audit;

    public RefusalTrail(AuditLog audit) {
        this.audit = audit;
    }

    /**
     * Ends the thread's unit of work (a request, a turn): the next refusal on this thread is traced even if it is the
     * same object (a shared constant), and the thread keeps no refusal alive.
     */
    public static void forgetThread() {
        LAST.remove();
    }

    /** Only authorization refusals are traced; not found, invalid input and stale versions are ordinary outcomes. */
    public static boolean isTraced(Refusal refusal) {
        return refusal != null && refusal.kind() == Refusal.Kind.FORBIDDEN;
    }

    /**
     * Traces a refusal once.
     *
     * @param operation what was refused, e.g. "ExecutiveActionManagement.view"
     */
    public void refused(Actor actor, String operation, Refusal refusal) {
        if (!isTraced(refusal) || LAST.get() == refusal) {
            return;
        }
        LAST.set(refusal);
        Refusal.Subject subject = refusal.subject();
        log.warn("refused {} to {} (person {}): {}{}", operation, actor.displayName(), actor.personId(),
                refusal.message(), subject == null ? "" : " [" + subject.recordType() + " " + subject.recordId()
                        + (subject.classification() == null ? "" : ", " + subject.classification().label()) + "]");
        if (subject != null && subject.isClassified()) {
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("operation", operation);
            after.put("classification", subject.classification());
            after.put("reason", refusal.message());
            try {
                audit.recordIndependently(actor, subject.recordType(), subject.recordId(), REFUSED, after);
            } catch (RuntimeException e) {
                // the caller is refused either way; a trail that cannot be written is an incident of its own
                log.error("the audit row of a refused {} to {} (person {}) on {} {} was not written", operation,
                        actor.displayName(), actor.personId(), subject.recordType(), subject.recordId(), e);
            }
        }
    }

    /**
     * Traces a refusal that an edge raised itself rather than a service (an endpoint checking a role); skipped if
     * a service traced this refusal already.
     *
     * @param caller who the edge knows the caller as (a user name or object id)
     */
    public void refusedAtEdge(String caller, String operation, Refusal refusal) {
        if (!isTraced(refusal) || LAST.get() == refusal) {
            return;
        }
        LAST.set(refusal);
        log.warn("refused {} to {}: {}", operation, caller, refusal.message());
    }
}
