package org.excoord.authority.analysis;

/**
 * The analyzer could not answer (throttled, filtered, timed out, cut off); nothing of its answer is kept. The message
 * says why in words a user can act on.
 */
public class AnalyzerUnavailableException extends RuntimeException {

    public AnalyzerUnavailableException(String message) {
        super(message);
    }

    public AnalyzerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
