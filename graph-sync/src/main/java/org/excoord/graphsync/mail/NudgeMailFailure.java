package org.excoord.graphsync.mail;

/**
 * A nudge mail Graph did not take. {@code status} is Graph's HTTP status (0 when no answer came), {@code code} its
 * {@code error.code} (e.g. {@code ErrorInvalidRecipients}, {@code ErrorAccessDenied} when the application access
 * policy leaves the mailbox out). {@link #mayHaveBeenSent()}: after a timeout, a dropped connection or a 5xx the mail
 * may have gone, so re-sending could send it twice.
 */
public final class NudgeMailFailure extends RuntimeException {

    private final int status;
    private final String code;

    NudgeMailFailure(int status, String code, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** A 4xx was refused before anything went; throttling (429/503) was already retried inside. */
    public boolean mayHaveBeenSent() {
        return status == 0 || status >= 500 && status != 503;
    }
}
