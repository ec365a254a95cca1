package dev.cdnx.model.trace;

import java.io.IOException;

/**
 * A trace file that does not match its format: the message is one sentence for a person, naming the
 * file, the line or record, the offending content and what to do about it. It carries no cause worth
 * printing; callers show the message only.
 */
public final class TraceFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    /** A failure described completely by {@code message}. */
    public TraceFormatException(String message) {
        super(message);
    }
}
