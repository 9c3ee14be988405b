package org.excoord.graphsync.graph;

import java.util.List;

/**
 * Mail and mailbox settings through Graph (Exchange Online), in excoord's terms. {@link SdkGraphGateway} implements
 * it next to {@link GraphGateway}; like it, whole requests that Graph throttled or could not take (429/503, with
 * their Retry-After) are retried inside, a bounded number of times.
 */
public interface MailboxGateway {

    /**
     * {@code POST /users/{fromMailbox}/sendMail}: one HTML message to one recipient, not saved to Sent Items. Only a
     * 429 or 503 is retried (Graph did nothing): after a timeout, a dropped connection or another 5xx the mail may
     * have gone, and a second one would be a duplicate, so the failure goes to the caller.
     *
     * @throws GraphFailure when Graph refused it (a 4xx: its status, code and message) or could not be reached
     */
    void sendMail(String fromMailbox, String toAddress, String subject, String html);

    /**
     * {@code GET /users/{id}/mailboxSettings/automaticRepliesSetting} for up to {@link GraphGateway#MAX_BATCH} users
     * in one {@code $batch}; the answers are in the ids' order, each with its own status (a throttled one carries
     * its Retry-After and is not retried here).
     */
    List<AutomaticReplies> automaticReplies(List<String> userIds);
}
