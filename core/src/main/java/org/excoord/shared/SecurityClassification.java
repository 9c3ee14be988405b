package org.excoord.shared;

/** The "Security Classification" choice set; everything but the two unclassified values is sensitive. */
public enum SecurityClassification {
    UNCLASSIFIED("Unclassified"),
    UNCLASSIFIED_LOU("Unclassified/LOU"),
    SBU("SBU"),
    LAW_ENFORCEMENT_SENSITIVE("Law Enforcement Sensitive"),
    CONFIDENTIAL("Confidential"),
    SECRET("Secret"),
    SECRET_SCI("Secret/SCI"),
    TOP_SECRET("Top Secret"),
    TOP_SECRET_SCI("Top Secret/SCI");

    private final String label;

    SecurityClassification(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Above Unclassified: details must not be shown where people without access may read them. */
    public boolean isAboveUnclassified() {
        return this != UNCLASSIFIED;
    }
}
