package org.excoord.bot.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.excoord.shared.CleanText;
import org.excoord.audit.AuditLog;
import org.excoord.directory.Actor;
import org.excoord.directory.Role;
import org.excoord.shared.Refusal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail of one record, oldest change first: administrators, the secretariat and managers only. */
@RestController
@RequestMapping("/api/v1/audit")
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    /**
     * @param recordType what kind of record: ActionItem, ExecutiveAction, Correspondence, LegalAuthority, Analysis,
     *                   Impact, RiskItem
     * @param recordId   its id
     */
    @GetMapping
    List<ApiViews.AuditEntryView> history(@RequestParam @NotBlank @Size(max = 60) @CleanText String recordType,
            @RequestParam @NotBlank @Size(max = 60) @CleanText String recordId, Actor actor) {
        if (!actor.isAdmin() && !actor.has(Role.SECRETARIAT) && !actor.has(Role.MANAGER)) {
            throw new RefusedException(Refusal.forbidden(
                    "only administrators, the secretariat and managers may read the audit trail"));
        }
        return audit.history(recordType.strip(), recordId.strip()).stream().map(ApiViews::audit).toList();
    }
}
