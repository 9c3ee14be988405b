package org.excoord.actionitem;

import java.time.LocalDate;
import org.excoord.shared.ActionStatus;
import org.excoord.shared.Refusal;

/**
 * The workflow rules of action items, apart from who may act: which verb applies in which state, and the
 * rules between items (a child starts only once its parent is underway; a sequential step only once its
 * predecessor is closed; a parent completes only when its children are done). Pure.
 */
public final class ItemWorkflow {

    private ItemWorkflow() {
    }

    /**
     * What the rules need to know about the neighbours of an item.
     *
     * @param parentStatus       status of the parent item, null for a top-level item
     * @param predecessorStatus  status of the previous sequential step, null when there is none
     * @param unfinishedChildren children not yet complete or cancelled
     */
    public record Neighbours(ActionStatus parentStatus, ActionStatus predecessorStatus, long unfinishedChildren) {
    }

    /** As {@link #check(ItemVerb, ActionItem, Neighbours, String, LocalDate, LocalDate)} without a deferral date. */
    public static Refusal check(ItemVerb verb, ActionItem item, Neighbours n, String comment) {
        return check(verb, item, n, comment, null, null);
    }

    /**
     * Null when {@code verb} may be applied to {@code item}, otherwise the reason it may not. Returning and
     * cancelling need a reason in {@code comment}; deferring needs {@code deferUntil}, not before {@code today}.
     */
    public static Refusal check(ItemVerb verb, ActionItem item, Neighbours n, String comment, LocalDate deferUntil,
            LocalDate today) {
        ActionStatus status = item.getStatus();
        if (!verb.appliesTo(status)) {
            return Refusal.invalid("verb", "\"" + verb.label() + "\" is not possible while " + item.getNumber()
                    + " is " + status.label());
        }
        if (item.isPaused() && verb != ItemVerb.CANCEL && verb != ItemVerb.DEFER && verb != ItemVerb.REOPEN) {
            return Refusal.invalid("verb", item.getNumber() + " is paused; resume it first");
        }
        switch (verb) {
            case START -> {
                if (n.parentStatus() != null && !n.parentStatus().isUnderway()) {
                    return Refusal.invalid("verb", "the parent item must be In Progress before " + item.getNumber()
                            + " can start (it is " + n.parentStatus().label() + ")");
                }
                if (n.predecessorStatus() != null && n.predecessorStatus() != ActionStatus.COMPLETE
                        && n.predecessorStatus() != ActionStatus.CANCELLED) {
                    return Refusal.invalid("verb", "the previous step must be complete before " + item.getNumber()
                            + " can start");
                }
            }
            case COMPLETE -> {
                if (item.getType().needsReview()) {
                    return Refusal.invalid("verb", item.getNumber() + " is an " + item.getType().label()
                            + " step: submit it for review instead");
                }
                if (n.unfinishedChildren() > 0) {
                    return Refusal.invalid("verb", item.getNumber() + " still has " + n.unfinishedChildren()
                            + " unfinished sub-item(s)");
                }
            }
            case APPROVE -> {
                if (n.unfinishedChildren() > 0) {
                    return Refusal.invalid("verb", item.getNumber() + " still has " + n.unfinishedChildren()
                            + " unfinished sub-item(s)");
                }
            }
            case RETURN -> {
                if (comment == null || comment.isBlank()) {
                    return Refusal.invalid("comment", "say why you return " + item.getNumber());
                }
            }
            case CANCEL -> {
                // a cancellation is final for the assignee: the record must say why
                if (comment == null || comment.isBlank()) {
                    return Refusal.invalid("comment", "say why you cancel " + item.getNumber());
                }
            }
            case DEFER -> {
                if (deferUntil == null) {
                    return Refusal.invalid("deferUntil", "say until when " + item.getNumber() + " is deferred");
                }
                if (today != null && deferUntil.isBefore(today)) {
                    return Refusal.invalid("deferUntil", "the date " + deferUntil + " is in the past; defer "
                            + item.getNumber() + " until today or later");
                }
            }
            default -> {
            }
        }
        return null;
    }
}
