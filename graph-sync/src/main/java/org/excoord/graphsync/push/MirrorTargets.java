package org.excoord.graphsync.push;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.excoord.action.ExecutiveAction;
import org.excoord.action.ExecutiveActionRepository;
import org.excoord.actionitem.ActionItem;
import org.excoord.actionitem.ActionItemRepository;
import org.excoord.authority.LegalAuthority;
import org.excoord.authority.LegalAuthorityRepository;
import org.excoord.directory.Directory;
import org.excoord.directory.Person;
import org.excoord.directory.Team;
import org.excoord.graphsync.GraphSyncProperties;
import org.excoord.graphsync.TeamsLinks;
import org.excoord.shared.ActionStatus;
import org.excoord.shared.Priority;
import org.excoord.shared.WorkingDays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads items' committed state through core and turns it into the task and event they should have (the mapping of
 * BRIEF/README: title with the number first, bucket per executive action, priority 1/3/5/9, percent 0/50/100, the
 * all-day event on the due date with a reminder on the working day before).
 */
final class MirrorTargets {

    private static final Logger log = LoggerFactory.getLogger(MirrorTargets.class);

    /** Planner's limit of assignees on one task. */
    static final int MAX_ASSIGNEES = 20;
    static final String GENERAL_KEY = "general";
    static final String SEPARATOR = " · ";

    private final ActionItemRepository items;
    private final Directory directory;
    private final ExecutiveActionRepository actions;
    private final LegalAuthorityRepository authorities;
    private final SyncRows rows;
    private final TeamsLinks links;
    private final GraphSyncProperties properties;
    private final TransactionTemplate readOnly;

    MirrorTargets(ActionItemRepository items, Directory directory, ExecutiveActionRepository actions,
            LegalAuthorityRepository authorities, SyncRows rows, TeamsLinks links, GraphSyncProperties properties,
            PlatformTransactionManager transactions) {
        this.items = items;
        this.directory = directory;
        this.actions = actions;
        this.authorities = authorities;
        this.rows = rows;
        this.links = links;
        this.properties = properties;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** The desired mirror of each item, keyed by item id (an item that no longer exists wants nothing). */
    Map<Long, Desired> of(Collection<Long> itemIds) {
        return readOnly.execute(s -> {
            List<ActionItem> found = items.findAllById(itemIds);
            Map<Long, String> plans = rows.plansOf(found.stream().map(ActionItem::getOrgUnitId)
                    .filter(java.util.Objects::nonNull).distinct().toList());
            Lookups lookups = new Lookups();
            Map<Long, Desired> desired = new HashMap<>();
            for (ActionItem item : found) {
                desired.put(item.getId(), desired(item, plans.get(item.getOrgUnitId()), lookups));
            }
            for (Long id : itemIds) {
                desired.putIfAbsent(id, Desired.nothing(id, null, "NONE"));
            }
            return desired;
        });
    }

    private Desired desired(ActionItem item, String planId, Lookups lookups) {
        if (planId == null) {
            return Desired.nothing(item.getId(), item.getNumber(), "NOT_LINKED");
        }
        if (item.assignee().isUnassigned()) {
            return Desired.nothing(item.getId(), item.getNumber(), "NONE");
        }
        ActionStatus status = item.getStatus();
        boolean cancelled = status == ActionStatus.CANCELLED;
        if (cancelled && properties.cancelledTask() == GraphSyncProperties.CancelledTask.DELETE) {
            return Desired.nothing(item.getId(), item.getNumber(), "SYNCED");
        }
        Person person = item.getAssigneePersonId() == null ? null : lookups.person(item.getAssigneePersonId());
        Set<String> assignees = new LinkedHashSet<>();
        if (person != null && person.getEntraObjectId() != null) {
            assignees.add(person.getEntraObjectId());
        } else if (item.getAssigneeTeamId() != null) {
            assignees.addAll(teamAssignees(item, lookups));
        }
        ExecutiveAction action = item.getExecutiveActionId() == null ? null : lookups.action(item.getExecutiveActionId());
        // everyone in the unit's group sees its plan, and Outlook is outside excoord's classification checks: a
        // classified item is mirrored by number and due date only, its subject, details and action stay in excoord
        boolean classified = action != null && action.getClassification() != null
                && action.getClassification().isAboveUnclassified();
        if (classified) {
            action = null;
        }
        String bucketKey = action == null ? GENERAL_KEY : action.getNumber();
        String bucketName = action == null ? "General" : limit(action.getNumber() + SEPARATOR + action.getName(), 255);
        String title = classified ? item.getNumber() + SEPARATOR + CLASSIFIED : title(item);
        LocalDate due = item.getDueDate();
        LocalDate start = item.getStartDate();
        if (start != null && due != null && start.isAfter(due)) {
            start = null; // Planner refuses a start after the due date (400)
        }
        String link = links == null ? null : links.itemLink(item.getNumber());
        Desired.Task task = new Desired.Task(planId, bucketKey, bucketName, title, due, start,
                priority(item.getPriority()), cancelled ? 100 : percent(status), Set.copyOf(assignees),
                classified ? classifiedDescription(item, link) : description(item, action, lookups, link));
        Desired.Event event = null;
        if (person != null && person.getEntraObjectId() != null && due != null && status.isOpen()) {
            event = new Desired.Event(person.getEntraObjectId(), limit("Due: " + title, 255), due,
                    person.getTimeZone().getId(), body(title, link), reminderMinutes(due), properties.category());
        }
        return new Desired(item.getId(), item.getNumber(), "SYNCED", task, event);
    }

    private Set<String> teamAssignees(ActionItem item, Lookups lookups) {
        Team team = lookups.team(item.getAssigneeTeamId());
        if (team == null) {
            return Set.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        for (Long memberId : team.getMemberIds()) {
            Person member = lookups.person(memberId);
            if (member != null && member.getEntraObjectId() != null && member.isActive()) {
                ids.add(member.getEntraObjectId());
            }
        }
        if (ids.size() > MAX_ASSIGNEES) {
            log.info("{} is assigned to team {} of {} members: its Planner task is left unassigned (Planner allows {}"
                    + " assignees)", item.getNumber(), team.getName(), ids.size(), MAX_ASSIGNEES);
            return Set.of();
        }
        return ids;
    }

    /** What Planner and Outlook show instead of a classified item's subject. */
    static final String CLASSIFIED = "Classified item (open it in Teams)";

    static String title(ActionItem item) {
        return limit(item.getNumber() + SEPARATOR + item.getSubject(), 255);
    }

    static int priority(Priority priority) {
        return switch (priority == null ? Priority.MEDIUM : priority) {
            case CRITICAL -> 1;
            case HIGH -> 3;
            case MEDIUM -> 5;
            case LOW -> 9;
        };
    }

    static int percent(ActionStatus status) {
        return switch (status) {
            case NEW, DEFERRED -> 0;
            case IN_PROGRESS, RETURNED -> 50;
            // the assignee's part is done: a task ticked complete in Planner stays ticked while it is reviewed (and
            // opens again at 50 % if it is returned)
            case SUBMITTED_FOR_REVIEW, REVIEW_IN_PROGRESS, COMPLETE, CANCELLED -> 100;
        };
    }

    /**
     * Minutes from the start of the all-day event (00:00 local on the due date) back to 09:00 local on the working
     * day before it, in core's federal calendar ({@link WorkingDays}: weekends and observed federal holidays skipped,
     * so Friday for a Monday, Wednesday for the Friday after Thanksgiving, the Friday before for a Tuesday after a
     * Monday holiday).
     */
    static int reminderMinutes(LocalDate due) {
        LocalDate day = WorkingDays.previousWorkingDay(due);
        long days = java.time.temporal.ChronoUnit.DAYS.between(day, due);
        return (int) (days * 24 * 60 - 9 * 60);
    }

    private String description(ActionItem item, ExecutiveAction action, Lookups lookups, String link) {
        StringBuilder text = new StringBuilder();
        if (item.getDetails() != null && !item.getDetails().isBlank()) {
            text.append(item.getDetails().strip()).append("\n\n");
        }
        if (action != null) {
            text.append("Executive action: ").append(action.getNumber()).append(SEPARATOR).append(action.getName())
                    .append('\n');
            LegalAuthority authority = action.getSourceAuthorityId() == null ? null
                    : lookups.authority(action.getSourceAuthorityId());
            if (authority != null) {
                text.append("Authority: ").append(authority.getName());
                if (authority.getCitation() != null && !authority.getCitation().isBlank()) {
                    text.append(" (").append(authority.getCitation()).append(')');
                }
                text.append('\n');
            }
        }
        text.append("Item: ").append(item.getNumber()).append('\n');
        if (link != null) {
            text.append("Open in Teams: ").append(link).append('\n');
        }
        return text.toString().strip();
    }

    private static String classifiedDescription(ActionItem item, String link) {
        return ("A classified item: its subject and details are only in excoord, for those cleared to see them.\n"
                + "Item: " + item.getNumber() + (link == null ? "" : "\nOpen in Teams: " + link)).strip();
    }

    private static String body(String title, String link) {
        StringBuilder html = new StringBuilder("<p>").append(escape(title)).append(" is due today.</p>");
        if (link != null) {
            html.append("<p><a href=\"").append(escape(link)).append("\">Open in Teams</a></p>");
        }
        return html.toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static String limit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** Per-call caches: a round reads the same people and actions for many items. */
    private final class Lookups {
        private final Map<Long, Optional<Person>> people = new HashMap<>();
        private final Map<Long, Optional<Team>> teams = new HashMap<>();
        private final Map<Long, Optional<ExecutiveAction>> actionsById = new HashMap<>();
        private final Map<Long, Optional<LegalAuthority>> authoritiesById = new HashMap<>();

        Person person(Long id) {
            return people.computeIfAbsent(id, directory::person).orElse(null);
        }

        Team team(Long id) {
            return teams.computeIfAbsent(id, directory::team).orElse(null);
        }

        ExecutiveAction action(Long id) {
            return actionsById.computeIfAbsent(id, actions::findById).orElse(null);
        }

        LegalAuthority authority(Long id) {
            return authoritiesById.computeIfAbsent(id, authorities::findById).orElse(null);
        }
    }
}
