package org.excoord.bot.planner;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.excoord.actionitem.ActionItem;
import org.excoord.directory.Actor;
import org.excoord.directory.Directory;
import org.excoord.graphsync.link.PlannerLinkView;
import org.excoord.graphsync.link.PlannerLinks;
import org.excoord.graphsync.status.ItemSyncStatus;
import org.excoord.graphsync.status.ItemSyncStatuses;
import org.excoord.shared.Outcome;
import org.excoord.shared.Refusal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Planner sync as the bot's surfaces use it. The rights are checked here before graph-sync is asked (it checks
 * them too): a port implementation that forgot a check would still not open a door. Refusals of an actor are
 * traced by the refusal trail, as every excoord method taking an actor and returning an outcome is. Without a
 * graph-sync implementation (Planner sync off) reads answer empty, the failure list is empty, retrying retries
 * nothing, and linking is refused with {@link #NOT_CONFIGURED}.
 */
@Component
public class PlannerSync {

    public static final String NOT_CONFIGURED = "Planner sync is not configured";

    /** The most failures one request may list. */
    public static final int MAX_FAILURES = 200;

    private final ObjectProvider<ItemSyncStatuses> statuses;
    private final ObjectProvider<PlannerLinks> links;
    private final Directory directory;
    private final boolean enabled;

    PlannerSync(ObjectProvider<ItemSyncStatuses> statuses, ObjectProvider<PlannerLinks> links, Directory directory,
            @org.springframework.beans.factory.annotation.Value("${excoord.graph.enabled:false}") boolean enabled) {
        this.statuses = statuses;
        this.links = links;
        this.directory = directory;
        this.enabled = enabled;
    }

    /** graph-sync's item states, or null while it is off (excoord.graph.enabled=false: the embedded default). */
    private ItemSyncStatuses statusPort() {
        return enabled ? statuses.getIfAvailable() : null;
    }

    private PlannerLinks linkPort() {
        return enabled ? links.getIfAvailable() : null;
    }

    /** The item's sync state; empty when it has none or sync is off. Reading it is for whoever may see the item. */
    public Optional<ItemSyncStatus> of(Long itemId) {
        ItemSyncStatuses port = statusPort();
        return port == null || itemId == null ? Optional.empty() : port.of(itemId);
    }

    /** The states of many items in one read, by item id; items without one are absent. */
    public Map<Long, ItemSyncStatus> of(Collection<Long> itemIds) {
        ItemSyncStatuses port = statusPort();
        return port == null || itemIds.isEmpty() ? Map.of() : port.of(itemIds);
    }

    /**
     * Why an item's sync failed is for those who can act on it: its assignee (or a member of the assigned team),
     * those who manage its unit, and administrators. Others see only that it failed.
     */
    public boolean mayReadReason(ActionItem item, Actor actor) {
        return mayReadReason(item, actor, new HashMap<>());
    }

    /** As {@link #mayReadReason(ActionItem, Actor)}, reading each unit's path once for a list of items. */
    public boolean mayReadReason(ActionItem item, Actor actor, Map<Long, String> unitPaths) {
        if (actor.isAdmin() || actor.is(item.getAssigneePersonId()) || actor.isMemberOf(item.getAssigneeTeamId())) {
            return true;
        }
        Long unit = item.getOrgUnitId();
        return unit != null && actor.manages(unitPaths.computeIfAbsent(unit, directory::pathOf));
    }

    /** Links an org unit to a Microsoft 365 group and its plan; administrators only. */
    public Outcome<PlannerLinkView> link(Long orgUnitId, String groupId, Actor actor) {
        if (!actor.isAdmin()) {
            return Outcome.refused(Refusal.forbidden("only administrators link org units to Planner"));
        }
        if (directory.orgUnit(orgUnitId).isEmpty()) {
            return Outcome.refused(Refusal.notFound("no org unit " + orgUnitId));
        }
        PlannerLinks port = linkPort();
        if (port == null) {
            return Outcome.refused(Refusal.invalid(null, NOT_CONFIGURED + " (excoord.graph.enabled is off)"));
        }
        return port.link(orgUnitId, groupId, actor);
    }

    /** The unit's Planner link, for administrators and those who manage the unit; not found when it has none. */
    public Outcome<PlannerLinkView> view(Long orgUnitId, Actor actor) {
        if (directory.orgUnit(orgUnitId).isEmpty()) {
            return Outcome.refused(Refusal.notFound("no org unit " + orgUnitId));
        }
        if (!actor.isAdmin() && !actor.manages(directory.pathOf(orgUnitId))) {
            return Outcome.refused(Refusal.forbidden("only administrators and the unit's managers see its Planner link"));
        }
        PlannerLinks port = linkPort();
        if (port == null) {
            return Outcome.refused(Refusal.notFound(NOT_CONFIGURED + "; org unit " + orgUnitId + " has no plan"));
        }
        return port.view(orgUnitId, actor);
    }

    /** Items whose sync failed, most recent first; administrators only. Empty when sync is off. */
    public Outcome<List<ItemSyncStatus>> failures(int limit, int offset, Actor actor) {
        if (!actor.isAdmin()) {
            return Outcome.refused(Refusal.forbidden("only administrators see Planner sync failures"));
        }
        ItemSyncStatuses port = statusPort();
        return port == null ? Outcome.done(List.of())
                : port.failures(Math.max(1, Math.min(limit, MAX_FAILURES)), Math.max(0, offset), actor);
    }

    /**
     * Marks failed items for another push (all failed ones when {@code itemIds} is empty); administrators only. The
     * port audits the retry. Nothing is retried when sync is off.
     */
    public Outcome<Integer> retry(Collection<Long> itemIds, Actor actor) {
        if (!actor.isAdmin()) {
            return Outcome.refused(Refusal.forbidden("only administrators retry Planner sync"));
        }
        ItemSyncStatuses port = statusPort();
        return port == null ? Outcome.done(0) : port.retry(List.copyOf(itemIds), actor);
    }

    /** Whether graph-sync is on and provides the item states. */
    public boolean configured() {
        return statusPort() != null;
    }
}
