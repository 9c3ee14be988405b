package org.excoord.bot.demo;

import org.excoord.process.AssignTo;
import org.excoord.process.ProcessStep;
import org.excoord.process.ProcessStepRepository;
import org.excoord.process.ProcessTemplate;
import org.excoord.process.ProcessTemplateRepository;
import org.excoord.process.SubstepOrder;
import org.excoord.shared.ActionType;

/** The two sample process templates of the original solution (DATA_MODEL.md §6). */
final class DemoTemplates {

    static final String EO_PLANNING = "Executive Order Planning and Compliance";
    static final String BRIEFING_MEMO = "Briefing Memo";

    private final ProcessTemplateRepository templates;
    private final ProcessStepRepository steps;

    DemoTemplates(ProcessTemplateRepository templates, ProcessStepRepository steps) {
        this.templates = templates;
        this.steps = steps;
    }

    void create() {
        ProcessTemplate eo = templates.save(new ProcessTemplate(EO_PLANNING,
                "From receipt of an executive order to a reviewed implementation", SubstepOrder.SEQUENTIAL));
        eoStep(eo, 1, "EO Intake & Initial Assessment", 7, "Log the order and its effective dates",
                "Identify affected offices and programs");
        eoStep(eo, 2, "Planning & Scope Definition", 21, "Map each directive to an owner",
                "Draft the implementation plan and milestones");
        eoStep(eo, 3, "Internal Coordination & Resource Alignment", 35, "Coordinate with General Counsel",
                "Align budget and staffing with the plan");
        eoStep(eo, 4, "Implementation Execution", 75, "Carry out the planned actions",
                "Track deliverables against the order's deadlines");
        eoStep(eo, 5, "Monitoring & Reporting", 90, "Report status to leadership",
                "Answer reporting requirements of the order");
        eoStep(eo, 6, "Post-Implementation Review", 120, "Review outcomes and lessons learned",
                "Close out and record the outcome summary");

        ProcessTemplate memo = templates.save(new ProcessTemplate(BRIEFING_MEMO,
                "Prepare, review and approve a briefing memo for leadership", SubstepOrder.SEQUENTIAL));
        step(memo, null, 1, "Create Collaboration Space", ActionType.AUTOMATION, 1, AssignTo.RECORD_OWNER);
        step(memo, null, 2, "Generate Briefing Memo from Template", ActionType.AUTOMATION, 2, AssignTo.RECORD_OWNER);
        step(memo, null, 3, "Approve final draft", ActionType.APPROVAL, 7, AssignTo.MANAGER_OF_RECORD_OWNER);
        step(memo, null, 4, "Team Review and Revise Draft", ActionType.TASK_ASSIGNMENT, 5, AssignTo.RECORD_OWNER);
    }

    private void eoStep(ProcessTemplate template, int order, String name, int dueOffsetDays, String first,
            String second) {
        ProcessStep parent = step(template, null, order, name, ActionType.TASK_ASSIGNMENT, dueOffsetDays,
                AssignTo.RECORD_OWNER);
        step(template, parent.getId(), 1, first, ActionType.TASK_ASSIGNMENT, dueOffsetDays - 3, AssignTo.RECORD_OWNER);
        step(template, parent.getId(), 2, second, ActionType.TASK_ASSIGNMENT, dueOffsetDays, AssignTo.RECORD_OWNER);
    }

    private ProcessStep step(ProcessTemplate template, Long parentId, int order, String name, ActionType type,
            int dueOffsetDays, AssignTo assignTo) {
        return steps.save(new ProcessStep(template.getId(), parentId, name, type, order, SubstepOrder.SEQUENTIAL,
                dueOffsetDays, assignTo, null, null, null));
    }
}
