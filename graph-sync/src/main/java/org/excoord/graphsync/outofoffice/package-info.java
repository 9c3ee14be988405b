/**
 * Outlook automatic replies (Graph {@code mailboxSettings/automaticRepliesSetting}, application permission
 * MailboxSettings.Read) kept in core's {@code out_of_office}, which the nudge planner reads through core's
 * {@link org.excoord.nudge.OutOfOffice}.
 */
package org.excoord.graphsync.outofoffice;
