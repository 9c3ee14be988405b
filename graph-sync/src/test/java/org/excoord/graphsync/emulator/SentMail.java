package org.excoord.graphsync.emulator;

import java.util.List;

/**
 * A message handed to the emulator's {@code sendMail}: the mailbox it was sent from (as the path named it), the
 * recipients' addresses, subject, body and {@code saveToSentItems} (null when the request left it out).
 */
public record SentMail(String from, List<String> to, String subject, String contentType, String content,
        Boolean saveToSentItems) {
}
