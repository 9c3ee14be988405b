package org.excoord.process;

/** Whether a step's sub-steps run one after another or all at once. */
public enum SubstepOrder {
    SEQUENTIAL, PARALLEL
}
