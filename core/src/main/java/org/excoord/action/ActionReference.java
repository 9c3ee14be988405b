package org.excoord.action;

import org.excoord.shared.SecurityClassification;

/**
 * An executive action as one viewer may see it where another record points to it (an item's trace line, a list):
 * number and classification always; name and source authority only when the viewer may see the action.
 *
 * @param name              null when the viewer may not see the action
 * @param sourceAuthorityId null when there is none or the viewer may not see the action
 */
public record ActionReference(Long id, String number, SecurityClassification classification, boolean visible,
        String name, Long sourceAuthorityId) {

    /** How a card or a view names the action: "EA-2026-000002 Harden the enclave", or "EA-… (a Secret action)". */
    public String label() {
        return visible ? number + " " + name : number + " (a " + classification.label() + " action)";
    }
}
