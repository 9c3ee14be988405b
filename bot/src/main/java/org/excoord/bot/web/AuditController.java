package org.excoord.bot.web;

import static org.excoord.bot.web.RefusedException.orRefuse;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.excoord.shared.CleanText;
import org.excoord.directory.Actor;
import org.excoord.oversight.AuditReading;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail of one record, oldest change first: administrators, the secretariat and managers only, and only
 * of records they may see ({@link AuditReading}).
 */
@RestController
@RequestMapping("/api/v1/audit")
class AuditController {

    private final AuditReading audit;

    AuditController(AuditReading audit) {
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
        return orRefuse(audit.history(recordType.strip(), recordId.strip(), actor)).stream().map(ApiViews::audit)
                .toList();
    }
}
