package dev.cdnx.model.trace;

/**
 * A trace held in arrays, for tests and generated workloads. Requests of size 0 are skipped like the
 * file readers do; times are the 0-based request index.
 */
public final class ArrayTraceReader extends RecordFields {

    private final long[] ids;
    private final long[] sizes;
    private int next;

    /**
     * @param ids object ids, one per request
     * @param sizes sizes, one per request; null means every size is 1
     */
    public ArrayTraceReader(long[] ids, long[] sizes) {
        if (sizes != null && sizes.length != ids.length) {
            throw new IllegalArgumentException(
                    "ids and sizes differ in length: " + ids.length + " and " + sizes.length);
        }
        this.ids = ids;
        this.sizes = sizes;
    }

    @Override
    public boolean next() {
        while (next < ids.length) {
            int i = next++;
            size = sizes == null ? 1 : sizes[i];
            if (size != 0) {
                id = ids[i];
                time = i;
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        // nothing to release
    }
}
