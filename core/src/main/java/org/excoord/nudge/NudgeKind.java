package org.excoord.nudge;

/** What a planned message is; with the person, subject and day it is the nudge log's unique key. */
public enum NudgeKind {
    /** A person's morning digest: due today, due soon, overdue (subject 0). */
    DIGEST,
    /** A manager's digest of their unit subtree: overdue and due this week, by person (subject 0). */
    TEAM_DIGEST,
    /** Newly assigned with a due date inside the digest window: cannot wait for tomorrow's digest (subject: item). */
    DUE_NOW,
    /** A correspondence whose reply is due today, to its assignee or its unit's manager (subject: correspondence). */
    CORRESPONDENCE_DUE,
    /** An item N working days overdue, one org-unit level up per further N days (subject: item; day: the step's). */
    ESCALATION,
    /** The secretariat's digest: correspondence not acknowledged within its SLA and due for reply (subject 0). */
    SECRETARIAT_DIGEST,
    /** Changes meant for someone, one card or several folded (subject: the first notification's id). */
    NOTIFICATION;

    /** Urgent kinds may be sent in quiet hours to a person whose settings allow urgent messages then. */
    public boolean urgent() {
        return this == CORRESPONDENCE_DUE || this == ESCALATION;
    }
}
