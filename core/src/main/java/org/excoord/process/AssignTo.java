package org.excoord.process;

/** How a step finds its assignee when a process starts (the original's "Assign To" choice). */
public enum AssignTo {
    /** The person who starts the process. */
    SELF,
    /** The owner of the executive action the process runs for. */
    RECORD_OWNER,
    /** The step's named person. */
    SPECIFIC_USER,
    /** The step's named team. */
    SPECIFIC_TEAM,
    MANAGER_OF_SELF,
    MANAGER_OF_RECORD_OWNER,
    MANAGER_OF_SPECIFIC_USER,
    /** The owner of the step's named team. */
    MANAGER_OF_SPECIFIC_TEAM
}
