package org.excoord.directory;

/** What a person may do beyond their own work. */
public enum Role {
    /** Works on what is assigned to them or their teams. */
    STAFF,
    /** Manages an org unit: sees, reassigns and approves the unit's (and its sub-units') work. */
    MANAGER,
    /** The executive secretariat: logs, acknowledges and routes correspondence. */
    SECRETARIAT,
    /** Administers the system: may do everything. */
    ADMIN
}
