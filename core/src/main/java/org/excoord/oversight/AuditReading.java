package org.excoord.oversight;

import java.util.List;
import java.util.Set;
import org.excoord.action.ExecutiveActionManagement;
import org.excoord.actionitem.ActionItemManagement;
import org.excoord.audit.AuditEntry;
import org.excoord.audit.AuditLog;
import org.excoord.directory.Actor;
import org.excoord.directory.Role;
import org.excoord.shared.Outcome;
import org.excoord.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail of one record, for administrators, the secretariat and managers, and only of records they may
 * see: an executive action's (or a letter's) history holds its title and outcome, so it is as classified as the
 * action; an item's history as confidential as the item. Unknown record types are for administrators only.
 */
@Service
@Transactional(readOnly = true)
public class AuditReading {

    /** Records whose content is not classified (public legal texts and their assessments). */
    private static final Set<String> OPEN = Set.of("LegalAuthority", "Analysis", "Impact", "RiskItem");

    private final AuditLog audit;
    private final ExecutiveActionManagement actions;
    private final ActionItemManagement items;

    public AuditReading(AuditLog audit, ExecutiveActionManagement actions, ActionItemManagement items) {
        this.audit = audit;
        this.actions = actions;
        this.items = items;
    }

    public Outcome<List<AuditEntry>> history(String recordType, String recordId, Actor actor) {
        if (!actor.isAdmin() && !actor.has(Role.SECRETARIAT) && !actor.has(Role.MANAGER)) {
            return Outcome.refused(Refusal.forbidden(
                    "only administrators, the secretariat and managers may read the audit trail"));
        }
        Long id = recordId.matches("\\d{1,18}") ? Long.valueOf(recordId) : null;
        Outcome<?> visible = switch (recordType) {
            case "ExecutiveAction", "Correspondence" -> id == null ? Outcome.done(true) : actions.view(id, actor);
            case "ActionItem" -> id == null ? Outcome.done(true) : items.view(id, actor);
            default -> OPEN.contains(recordType) || actor.isAdmin() ? Outcome.done(true)
                    : Outcome.refused(Refusal.forbidden("only administrators read the audit trail of " + recordType
                            + " records"));
        };
        if (!visible.isDone() && visible.refusal().kind() == Refusal.Kind.NOT_FOUND) {
            return Outcome.done(List.of()); // no such record, so no history (and nothing to hide)
        }
        return visible.isDone() ? Outcome.done(audit.history(recordType, recordId))
                : Outcome.refused(visible.refusal());
    }
}
