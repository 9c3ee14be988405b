/**
 * The port through which authorities are analyzed ("summarize this authority", obligations, impacts and risks) and
 * the result every implementation returns: each point names a section and quotes it verbatim, so it can be checked.
 * Implementations live outside core (the {@code analyzer} module).
 */
package org.excoord.authority.analysis;
