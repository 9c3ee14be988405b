package org.excoord.graphsync.emulator;

/** What the emulator may do to a request instead of (or before) answering it normally. */
public enum Fault {
    /** Answered normally (a gap in a scripted sequence). */
    NONE,
    /** 429 with {@code Retry-After} (whole request or sub-request); nothing is changed. */
    THROTTLED,
    /** 503 with {@code Retry-After}; nothing is changed. */
    UNAVAILABLE,
    /** The connection is closed without an answer before anything is changed (whole requests only). */
    DROPPED,
    /** The request is carried out, then the connection is closed without an answer (a crash after the commit). */
    DROPPED_AFTER_PROCESSING,
    /** The answer comes after {@link Faults#delay()} (whole requests only). */
    SLOW,
    /** A request carrying If-Match is answered 412 as if someone had changed the resource (nothing is changed). */
    STALE_ETAG
}
