package dev.cdnx.model.traffic;

/** An import the user stopped; nothing was written. */
public final class ImportCancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ImportCancelledException(long lines) {
        super("import cancelled after " + lines + " lines; nothing was written");
    }
}
