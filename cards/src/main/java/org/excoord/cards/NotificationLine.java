package org.excoord.cards;

import java.time.Instant;

/**
 * A change meant for the viewer, as one part of a notification card.
 *
 * @param kind      the {@code NotificationKind} name: ASSIGNED, UNASSIGNED, RETURNED, SUBMITTED, APPROVED, COMPLETED,
 *                  CORRESPONDENCE_ROUTED, CORRESPONDENCE_ASSIGNED, MENTIONED
 * @param actor     who made the change ("Patti Fernandez"); null when unknown
 * @param newAssignee for UNASSIGNED, who has it now; null otherwise
 * @param note      the reviewer's comment (RETURNED), the comment's text (MENTIONED); null when none
 * @param itemId    the item it is about; null for correspondence
 * @param correspondenceId the correspondence it is about; null for an item
 * @param number    the item's or letter's number
 * @param classified outside a 1:1 chat only the number shows
 */
public record NotificationLine(String kind, String actor, String newAssignee, String note, Long itemId,
        Long correspondenceId, String number, String subject, Instant at, boolean classified) {
}
