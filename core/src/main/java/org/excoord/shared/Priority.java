package org.excoord.shared;

/** Priority of executive actions and action items (Low, Medium, High, Critical). */
public enum Priority {
    LOW, MEDIUM, HIGH, CRITICAL
}
