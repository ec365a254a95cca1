package dev.cdnx.model.traffic;

/**
 * Hears an import's progress (about every 65,536 lines, from the importing thread) and can stop it.
 * Implementations must be quick; the app posts the figures to its own thread.
 */
public interface ImportListener {

    /** Nobody listens, nothing stops. */
    ImportListener NONE = new ImportListener() {};

    /** Lines read so far and bytes of the file read out of {@code fileBytes}. */
    default void progress(long lines, long fileBytesRead, long fileBytes) {}

    /** True to stop the import; it then ends with {@link ImportCancelledException}. */
    default boolean cancelled() {
        return false;
    }
}
