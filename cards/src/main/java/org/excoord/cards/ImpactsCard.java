package org.excoord.cards;

import java.util.List;

/** What an authority means for one org unit: impacts and risks, each with its section. */
public record ImpactsCard(String authority, String orgUnit, List<Finding> findings) {

    /** @param likelihood null for an impact */
    public record Finding(String kind, String level, String likelihood, String category, String rationale,
            String sectionId) {
    }
}
