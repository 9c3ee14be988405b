package org.excoord.bot.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.excoord.action.ExecutiveAction;
import org.excoord.action.ExecutiveActionManagement;
import org.excoord.actionitem.ActionItem;
import org.excoord.actionitem.ActionItemManagement;
import org.excoord.actionitem.Comment;
import org.excoord.actionitem.ItemVerb;
import org.excoord.authority.AuthorityCatalog;
import org.excoord.authority.LegalAuthority;
import org.excoord.directory.Actor;
import org.excoord.directory.Directory;
import org.excoord.directory.Person;
import org.excoord.directory.Team;
import org.excoord.shared.ActionStatus;
import org.excoord.shared.ActionType;
import org.excoord.shared.Priority;
import org.excoord.shared.SecurityClassification;
import org.springframework.stereotype.Component;

/** The JSON shapes of the API, and their mapping from domain objects (names resolved, nothing lazy leaks). */
@Component
class ApiViews {

    private final Directory directory;
    private final ActionItemManagement items;
    private final ExecutiveActionManagement actions;
    private final AuthorityCatalog authorities;

    ApiViews(Directory directory, ActionItemManagement items, ExecutiveActionManagement actions,
            AuthorityCatalog authorities) {
        this.directory = directory;
        this.items = items;
        this.actions = actions;
        this.authorities = authorities;
    }

    record Ref(Long id, String name) {
    }

    record ItemSummary(Long id, String number, String subject, ActionStatus status, String statusLabel,
            Priority priority, LocalDate dueDate, boolean overdue, Ref assignee, Ref assigneeTeam,
            Long executiveActionId, long version) {
    }

    record ItemDetails(Long id, String number, String subject, String details, ActionType type, ActionStatus status,
            String statusLabel, Priority priority, LocalDate startDate, LocalDate dueDate, boolean overdue,
            boolean paused, Ref assignee, Ref assigneeTeam, Ref orgUnit, Ref originator, Ref reviewer, Long parentId,
            Long predecessorId, String nextSteps, Trace trace, List<ItemVerb> allowedVerbs,
            List<CommentView> recentComments, Instant updatedAt, String updatedBy, long version) {
    }

    /** Where an item comes from: its executive action and that action's source authority. */
    record Trace(Long executiveActionId, String executiveActionNumber, String executiveActionName,
            SecurityClassification classification, Long authorityId, String authorityName, String executiveOrderNumber) {
    }

    record CommentView(Long id, Ref author, Comment.Kind kind, String body, Instant createdAt) {
    }

    ItemSummary summary(ActionItem i, LocalDate today) {
        return new ItemSummary(i.getId(), i.getNumber(), i.getSubject(), i.getStatus(), i.getStatus().label(),
                i.getPriority(), i.getDueDate(), i.isOverdue(today), person(i.getAssigneePersonId()),
                team(i.getAssigneeTeamId()), i.getExecutiveActionId(), i.getVersion());
    }

    ItemDetails details(ActionItem i, Actor actor) {
        return new ItemDetails(i.getId(), i.getNumber(), i.getSubject(), i.getDetails(), i.getType(), i.getStatus(),
                i.getStatus().label(), i.getPriority(), i.getStartDate(), i.getDueDate(), i.isOverdue(items.today()),
                i.isPaused(), person(i.getAssigneePersonId()), team(i.getAssigneeTeamId()), orgUnit(i.getOrgUnitId()),
                person(i.getOriginatorId()), person(i.getReviewerId()), i.getParentId(), i.getPredecessorId(),
                i.getNextSteps(), trace(i.getExecutiveActionId()), items.verbsFor(i, actor),
                items.recentComments(i.getId(), 5).stream().map(this::comment).toList(), i.getUpdatedAt(),
                i.getUpdatedBy(), i.getVersion());
    }

    CommentView comment(Comment c) {
        return new CommentView(c.getId(), person(c.getAuthorId()), c.getKind(), c.getBody(), c.getCreatedAt());
    }

    Trace trace(Long executiveActionId) {
        if (executiveActionId == null) {
            return null;
        }
        ExecutiveAction action = actions.find(executiveActionId).orElse(null);
        if (action == null) {
            return null;
        }
        LegalAuthority authority = action.getSourceAuthorityId() == null ? null
                : authorities.find(action.getSourceAuthorityId()).orElse(null);
        return new Trace(action.getId(), action.getNumber(), action.getName(), action.getClassification(),
                authority == null ? null : authority.getId(), authority == null ? null : authority.getName(),
                authority == null ? null : authority.getExecutiveOrderNumber());
    }

    Ref person(Long id) {
        return directory.person(id).map(p -> new Ref(p.getId(), p.getDisplayName())).orElse(null);
    }

    Ref team(Long id) {
        return directory.team(id).map(t -> new Ref(t.getId(), t.getName())).orElse(null);
    }

    Ref orgUnit(Long id) {
        return directory.orgUnit(id).map(u -> new Ref(u.getId(), u.getName())).orElse(null);
    }

    static Ref ref(Person p) {
        return new Ref(p.getId(), p.getDisplayName());
    }

    static Ref ref(Team t) {
        return new Ref(t.getId(), t.getName());
    }
}
