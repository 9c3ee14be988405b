/**
 * Core's {@link org.excoord.nudge.NudgeMail} on Graph {@code sendMail}, from a shared mailbox (application permission
 * Mail.Send, restricted to that mailbox by an application access policy: see graph-sync's README).
 */
package org.excoord.graphsync.mail;
