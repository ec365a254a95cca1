package dev.cdnx.model.traffic;

import java.io.IOException;

/**
 * A file that could not be imported at all: no line of it could be read in the expected format, or its
 * format could not be told. The message names the file, the format expected and what was found.
 */
public final class ImportException extends IOException {
    private static final long serialVersionUID = 1L;

    public ImportException(String message) {
        super(message);
    }
}
