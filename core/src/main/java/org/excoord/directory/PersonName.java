package org.excoord.directory;

/** A person as a picker shows them. */
public record PersonName(Long id, String displayName) {
}
