package org.excoord.cards;

import java.util.List;

/**
 * What an authority means for one org unit: impacts and risks, each with its section.
 *
 * @param mayRecord whether the viewer may turn findings into impact and risk records
 */
public record ImpactsCard(long authorityId, String authority, String orgUnit, List<Finding> findings, boolean mayRecord) {

    /** @param likelihood null for an impact */
    public record Finding(String kind, String level, String likelihood, String category, String rationale,
            String sectionId) {
    }
}
