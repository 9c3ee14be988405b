package org.excoord.analyzer.azure;

import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;

/**
 * What went wrong on the way to Azure OpenAI when no HTTP answer came back, read from the cause chain of the
 * client's I/O failure. A connection that could not be made, or was closed before an answer (a pooled keep-alive
 * connection the server dropped while idle), is worth another try: nothing reached the model, or nothing came back.
 * A request that timed out waiting for the answer is not: the model may still be working on it, and trying again
 * would double the wait and the cost.
 */
enum TransportFailure {

    COULD_NOT_CONNECT(true), CONNECT_TIMED_OUT(true), CONNECTION_CLOSED(true), NO_ANSWER_IN_TIME(false);

    private final boolean retried;

    TransportFailure(boolean retried) {
        this.retried = retried;
    }

    boolean retried() {
        return retried;
    }

    static TransportFailure of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SocketTimeoutException && String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT)
                    .contains("connect")) {
                return CONNECT_TIMED_OUT;
            }
            if (t instanceof ConnectException || t instanceof NoRouteToHostException
                    || t instanceof UnknownHostException || t instanceof PortUnreachableException) {
                return COULD_NOT_CONNECT;
            }
            if (t instanceof InterruptedIOException) { // read or whole-call timeout
                return NO_ANSWER_IN_TIME;
            }
        }
        return CONNECTION_CLOSED; // reset, "unexpected end of stream", EOF: the connection went away
    }

    /** The reason in words a person can act on. */
    String reason(String host, Duration connectTimeout, Duration timeout, int attempts) {
        String tries = attempts > 1 ? " (" + attempts + " attempts)" : "";
        return switch (this) {
            case COULD_NOT_CONNECT -> "Azure OpenAI could not be reached: could not connect to " + host + tries + ".";
            case CONNECT_TIMED_OUT -> "Azure OpenAI could not be reached: connecting to " + host + " timed out after "
                    + seconds(connectTimeout) + tries + ".";
            case CONNECTION_CLOSED -> "Azure OpenAI closed the connection before answering" + tries + ".";
            case NO_ANSWER_IN_TIME -> "Azure OpenAI did not answer: the request timed out after " + seconds(timeout) + ".";
        };
    }

    /**
     * One line for the log: the first cause below the SDK's wrapper, and its own root cause when there is one
     * ("InterruptedIOException: timeout; cause SocketException: Socket closed"). No headers, so no key.
     */
    static String cause(Throwable failure) {
        Throwable first = failure;
        while (first instanceof com.openai.errors.OpenAIIoException && first.getCause() != null) {
            first = first.getCause();
        }
        Throwable root = first;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return describe(first) + (root == first ? "" : "; cause " + describe(root));
    }

    private static String describe(Throwable t) {
        String message = t.getMessage() == null ? "" : ": " + t.getMessage().replaceAll("\\s+", " ").strip();
        return t.getClass().getSimpleName() + (message.length() > 200 ? message.substring(0, 200) + "…" : message);
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }
}
