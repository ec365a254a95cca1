package dev.cdnx.lab;

/** A lab that cannot start or change as asked; the message names the node or port and the fix. */
public final class LabException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LabException(String message) {
        super(message);
    }
}
