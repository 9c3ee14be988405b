/**
 * Vocabulary shared by every feature of the domain: status and priority scales, classification,
 * and the {@link org.excoord.shared.Outcome} type that carries expected refusals as values.
 */
package org.excoord.shared;
