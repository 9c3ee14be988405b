package org.excoord.authority;

import org.excoord.directory.Actor;
import org.excoord.directory.Role;

/**
 * Who may record assessments (analyses, impacts, risk items) of an authority. An authority is a public legal text;
 * assessing it is work done for an org unit, so the right follows the unit: the secretariat and administrators for
 * any unit, managers for the units they manage (and their own). A finding recorded under an analysis is a change to
 * that analysis, so it needs the right to change the analysis: its point of contact, the managers of its unit, the
 * secretariat, administrators.
 */
public final class AssessmentPolicy {

    private AssessmentPolicy() {
    }

    public static boolean mayAssess(Actor actor) {
        return actor.isAdmin() || actor.has(Role.SECRETARIAT) || actor.has(Role.MANAGER);
    }

    /**
     * @param orgUnitId   the unit the assessment is for, may be null
     * @param orgUnitPath that unit's path, may be null
     */
    public static boolean mayAssessFor(Actor actor, Long orgUnitId, String orgUnitPath) {
        if (actor.isAdmin() || actor.has(Role.SECRETARIAT)) {
            return true;
        }
        return actor.has(Role.MANAGER) && (orgUnitId == null || orgUnitId.equals(actor.orgUnitId())
                || actor.manages(orgUnitPath));
    }

    /** @param analysisUnitPath the path of the analysis's org unit, may be null */
    public static boolean mayChange(Actor actor, Analysis analysis, String analysisUnitPath) {
        return actor.isAdmin() || actor.has(Role.SECRETARIAT) || actor.is(analysis.getPocId())
                || (actor.has(Role.MANAGER) && actor.manages(analysisUnitPath));
    }
}
