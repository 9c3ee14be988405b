package org.excoord.correspondence;

import java.util.List;
import org.excoord.action.ExecutiveAction;

/** A piece of correspondence with its executive action and routing history, oldest entry first. */
public record CorrespondenceDetails(ExecutiveAction action, Correspondence correspondence, List<RoutingEntry> history) {
}
