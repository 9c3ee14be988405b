package org.excoord.graphsync.emulator;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;

/** Identifiers and etags that look like Graph's (28-character Planner ids, {@code W/"…"} etags). */
final class Ids {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final AtomicLong VERSION = new AtomicLong();

    private Ids() {
    }

    static String planner() {
        return random(28);
    }

    static String event() {
        return "AAMkAG" + random(146);
    }

    static String random(int length) {
        StringBuilder id = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }

    /** A new weak etag, unique for the emulator's life, e.g. {@code W/"JzEtVGFzayAgQEBAQEBAQEBAQEBAQEBAWCc="}. */
    static String etag(String kind) {
        String raw = "'" + VERSION.incrementAndGet() + "-" + kind + "  @@@@@@@@@@@@@@@@" + random(4) + "'";
        return "W/\"" + Base64.getEncoder().encodeToString(raw.getBytes(StandardCharsets.UTF_8)) + "\"";
    }
}
