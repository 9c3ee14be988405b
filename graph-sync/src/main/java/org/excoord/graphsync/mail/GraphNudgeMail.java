package org.excoord.graphsync.mail;

import org.excoord.graphsync.graph.GraphFailure;
import org.excoord.graphsync.graph.MailboxGateway;
import org.excoord.nudge.NudgeMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Core's email fallback on Graph {@code sendMail}: one HTML message to one person, from the configured mailbox
 * ({@code excoord.graph.mail-from}, a shared mailbox's UPN or object id), not kept in its Sent Items. The gateway
 * re-sends a throttled (429) or unavailable (503) attempt after its Retry-After, a bounded number of times; anything
 * else comes back as a {@link NudgeMailFailure} with Graph's status, code and message.
 */
public final class GraphNudgeMail implements NudgeMail {

    private static final Logger LOG = LoggerFactory.getLogger(GraphNudgeMail.class);

    private final MailboxGateway gateway;
    private final String from;

    public GraphNudgeMail(MailboxGateway gateway, String from) {
        this.gateway = gateway;
        this.from = from == null || from.isBlank() ? null : from.strip();
    }

    @Override
    public boolean available() {
        return from != null;
    }

    @Override
    public void send(String toAddress, String subject, String html) {
        if (from == null) {
            throw new IllegalStateException("no mailbox to send from: set excoord.graph.mail-from");
        }
        if (toAddress == null || toAddress.isBlank()) {
            throw new IllegalArgumentException("no address to send to");
        }
        try {
            gateway.sendMail(from, toAddress.strip(), subject, html);
            LOG.info("Nudge mail sent from {} to {}", from, toAddress);
        } catch (GraphFailure failure) {
            throw new NudgeMailFailure(failure.status(), failure.errorCode(), "Graph did not send the mail to "
                    + toAddress + " (" + failure.status() + " " + failure.errorCode() + "): " + failure.getMessage(),
                    failure);
        }
    }
}
