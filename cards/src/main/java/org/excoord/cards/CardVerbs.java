package org.excoord.cards;

import java.util.Locale;
import org.excoord.actionitem.ItemVerb;

/**
 * The {@code verb} of every {@code Action.Execute} the cards send, and so the contract with the bot's invoke
 * handler: the bot routes on these strings and must know no others. {@code Action.Submit} fallbacks carry the
 * same string in {@code data.verb}.
 */
public final class CardVerbs {

    /** Prefix of the workflow verbs: {@code item.start}, {@code item.return}, … see {@link #itemVerb}. */
    public static final String ITEM_PREFIX = "item.";
    /** Show (or refresh) an item card; data {@code {"itemId"}}. */
    public static final String ITEM_VIEW = "item.view";
    /** Data {@code {"itemId","version","dueDate"}}. */
    public static final String ITEM_DUE_DATE = "item.dueDate";
    /** Data {@code {"itemId","version","assigneeId"}}. */
    public static final String ITEM_REASSIGN = "item.reassign";
    /** Data {@code {"itemId","version","comment"}}. */
    public static final String ITEM_COMMENT = "item.comment";
    /** Data {@code {"subject","details","dueDate","priority","assigneeId","executiveActionId"}}. */
    public static final String ITEM_CREATE = "item.create";

    /** A page of action items; data {@code {"list","page"}}, list being "mine", "overdue" or "team". */
    public static final String LIST_PAGE = "list.page";

    /** A page of an executive action's items on its card; data {@code {"executiveActionId","page"}} (page zero-based). */
    public static final String ACTION_ITEMS = "action.items";

    /** Show the new-item form; no data. */
    public static final String FORM_NEW_ITEM = "form.newItem";

    /** Show the log-correspondence form; no data. */
    public static final String FORM_LOG_CORRESPONDENCE = "form.logCorrespondence";

    /** A page of the correspondence inbox; data {@code {"page"}}. */
    public static final String CORR_PAGE = "corr.page";
    /** Show a piece of correspondence; data {@code {"correspondenceId"}}. */
    public static final String CORR_VIEW = "corr.view";
    /** Data {@code {"correspondenceId","version","orgUnitId"}}. */
    public static final String CORR_ROUTE = "corr.route";
    /** Data {@code {"correspondenceId","version"}}. */
    public static final String CORR_ACCEPT = "corr.accept";
    /** Data {@code {"correspondenceId","version","personId"}}. */
    public static final String CORR_ASSIGN = "corr.assign";
    /** Data {@code {"correspondenceId","version"}}. */
    public static final String CORR_ACKNOWLEDGE = "corr.acknowledge";
    /** Data {@code {"correspondenceId","version","resolution"}}. */
    public static final String CORR_RESOLVE = "corr.resolve";
    /** Data {@code {"subject","fromPerson","fromOrganization","method","typeId","dueDate","orgUnitId"}}. */
    public static final String CORR_LOG = "corr.log";

    /** A page of the authorities list; data {@code {"page"}} (zero-based). */
    public static final String AUTHORITY_LIST = "authority.list";

    /** Show an authority; data {@code {"authorityId"}}. */
    public static final String AUTHORITY_VIEW = "authority.view";

    /**
     * Action items from the picked duties of an analysis: {@code authorityId}, {@code executiveActionId},
     * {@code dutyN} ("true" for each picked duty, N its index in the analysis) and {@code dueN} (yyyy-MM-dd);
     * {@code page} when pressed on the all-duties card.
     */
    public static final String ANALYSIS_CREATE_ITEMS = "analysis.createItems";
    /** A page of all duties of an analysis; data {@code {"authorityId","page"}}. */
    public static final String ANALYSIS_DUTIES = "analysis.duties";
    /** Cancel the items just created from an analysis; data {@code {"authorityId","items","page"?}}, items "12,13". */
    public static final String ANALYSIS_UNDO = "analysis.undo";

    /** Impact and risk records from the findings for the viewer's unit: {@code authorityId}, {@code findingN}. */
    public static final String ANALYSIS_RECORD_FINDINGS = "analysis.recordFindings";
    /** Data {@code {"authorityId"}}. */
    public static final String AUTHORITY_SUMMARIZE = "authority.summarize";
    /** Data {@code {"authorityId"}}. */
    public static final String AUTHORITY_IMPACTS = "authority.impacts";

    /** The items whose Planner sync failed (admins), as "sync failures" shows them; no data. */
    public static final String SYNC_FAILURES = "sync.failures";

    /** Retry every failed Planner sync (admins); no data. */
    public static final String SYNC_RETRY = "sync.retry";

    /**
     * A person's digest drawn anew (its {@code refresh} and the answer to a press on one of its lines); no data: the
     * digest is always the presser's own.
     */
    public static final String DIGEST_REFRESH = "digest.refresh";
    /**
     * A manager's team digest drawn anew (its {@code refresh}); no data: it is always the presser's own team. Nudge
     * and Reassign pressed on it carry {@code "on":"team"} and are answered with it redrawn.
     */
    public static final String TEAM_DIGEST_REFRESH = "teamDigest.refresh";
    /** Start an item from a digest line, answered with the redrawn digest; data {@code {"itemId","version"}}. */
    public static final String DIGEST_START = "digest.start";
    /**
     * Snooze an item's nudges: data {@code {"itemId","days"}} ("1", "3"), or {@code {"itemId"}} with the date input
     * {@code snoozeUntil<itemId>} (yyyy-MM-dd, after today); {@code "on":"digest"} when pressed on a digest, which
     * the answer redraws.
     */
    public static final String NUDGE_SNOOZE = "nudge.snooze";
    /** Mute (or unmute) an item's nudges: data {@code {"itemId","muted"}} ("true"/"false"), {@code "on"} as snooze. */
    public static final String NUDGE_MUTE = "nudge.mute";
    /** Remind an item's assignee (team digest, escalation): data {@code {"itemId"}}. */
    public static final String NUDGE_ASSIGNEE = "nudge.assignee";
    /**
     * Reassign from a team digest line: data {@code {"itemId","version"}} with the picker {@code assignee<itemId>}
     * (input ids are unique per card, so each line has its own).
     */
    public static final String NUDGE_REASSIGN = "nudge.reassign";
    /** "I have read this" on an item that asks its assignee to acknowledge it; data {@code {"itemId"}}. */
    public static final String ITEM_ACKNOWLEDGE = "item.acknowledge";
    /** Show the settings card; no data. */
    public static final String SETTINGS_VIEW = "settings.view";
    /**
     * Save the settings card: {@code digestsOn} ("true"/"false"), {@code digestTime} (HH:mm), {@code teamDigest}
     * (DAILY, WEEKLY, OFF; managers), {@code urgentInQuietHours} ("true"/"false").
     */
    public static final String SETTINGS_SAVE = "settings.save";
    /** Name a delegate: {@code delegateId}, {@code delegateFrom}, {@code delegateUntil} (yyyy-MM-dd). */
    public static final String DELEGATION_SET = "delegation.set";
    /** End one's delegation; no data. */
    public static final String DELEGATION_REVOKE = "delegation.revoke";

    /**
     * The {@code Data.Query} dataset of the reassign picker's type-ahead (Teams' {@code application/search} invoke):
     * {@code people.assignable:<itemId>}, see {@link #assignablePeople}. Not a verb: the search carries no card data,
     * so the dataset names the item.
     */
    public static final String ASSIGNABLE_PEOPLE = "people.assignable:";

    private CardVerbs() {
    }

    /** The dataset of the people one item may be reassigned to: {@code people.assignable:42}. */
    public static String assignablePeople(long itemId) {
        return ASSIGNABLE_PEOPLE + itemId;
    }

    /**
     * The Execute verb of a workflow verb: {@code START} → {@code item.start}, {@code REVERT_TO_NEW} →
     * {@code item.revert_to_new}. Data {@code {"itemId","version"}}, plus {@code "comment"} for RETURN (required),
     * {@code "approvalComment"} for APPROVE (optional), {@code "cancelReason"} for CANCEL (required) and
     * {@code "deferUntil"} (an ISO date, today or later) for DEFER.
     */
    public static String itemVerb(String workflowVerb) {
        if (workflowVerb == null || workflowVerb.isBlank()) {
            throw new IllegalArgumentException("a workflow verb is required");
        }
        return ITEM_PREFIX + workflowVerb.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The workflow verb of an Execute verb made by {@link #itemVerb}, e.g. {@code item.return} → {@code RETURN};
     * null for the other {@code item.*} verbs, so the bot can tell a transition from an edit.
     */
    public static String workflowVerb(String executeVerb) {
        if (executeVerb == null || !executeVerb.startsWith(ITEM_PREFIX)) {
            return null;
        }
        for (ItemVerb verb : ItemVerb.values()) {
            if (itemVerb(verb.name()).equals(executeVerb)) {
                return verb.name();
            }
        }
        return null;
    }
}
