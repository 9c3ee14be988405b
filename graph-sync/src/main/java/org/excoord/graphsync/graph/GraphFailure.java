package org.excoord.graphsync.graph;

/**
 * Graph could not be reached or refused a whole request after the retries (not a sub-request's answer, which
 * comes back in {@link GraphResponse}). {@code status} is 0 when no HTTP answer came.
 */
public class GraphFailure extends RuntimeException {

    private final int status;
    private final String errorCode;

    public GraphFailure(int status, String errorCode, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.errorCode = errorCode;
    }

    public int status() {
        return status;
    }

    public String errorCode() {
        return errorCode;
    }
}
