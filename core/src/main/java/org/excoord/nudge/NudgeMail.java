package org.excoord.nudge;

/**
 * Email for people the bot cannot reach in Teams (graph-sync's Graph {@code sendMail} from the configured mailbox);
 * without graph-sync, {@link #available()} is false and nothing goes by email.
 */
public interface NudgeMail {

    boolean available();

    /** @throws RuntimeException when the mail could not be handed over */
    void send(String toAddress, String subject, String html);
}
