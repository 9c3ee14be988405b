/**
 * Proactive nudges: what the sweep would tell whom at a given moment (digests, immediate nudges, escalations, the
 * secretariat's overdue correspondence, notifications of changes), and the controls people have over it (digest
 * settings, snooze, mute, acknowledgement, delegation). Planning is one set-based pass over indexed SQL; delivery is
 * not core's business: the bot claims each planned message in {@link org.excoord.nudge.NudgeLog} and sends it.
 */
package org.excoord.nudge;
