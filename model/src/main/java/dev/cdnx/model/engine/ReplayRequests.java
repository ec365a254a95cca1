package dev.cdnx.model.engine;

import java.util.Arrays;
import java.util.List;

/**
 * Requests read from a log, to be replayed by a {@link Simulation} instead of its users' random
 * streams: each at its time (seconds from the run's start, in order), entering at a users node, asking
 * for an object of the replay's own catalog (its size and class given here). About 16 bytes a request.
 * Build with {@link Builder}; immutable once built.
 */
public final class ReplayRequests {

    final double[] times;
    final int[] users;
    final int[] objects;
    final int count;
    final long[] sizes;
    final byte[] classes;
    final List<String> classNames;

    private ReplayRequests(Builder b) {
        times = Arrays.copyOf(b.times, b.count);
        users = Arrays.copyOf(b.users, b.count);
        objects = Arrays.copyOf(b.objects, b.count);
        count = b.count;
        sizes = Arrays.copyOf(b.sizes, b.objectCount);
        classes = Arrays.copyOf(b.classes, b.objectCount);
        classNames = List.copyOf(b.classNames);
    }

    /** Requests to replay. */
    public int size() {
        return count;
    }

    /** Objects of the replay's catalog. */
    public int objects() {
        return sizes.length;
    }

    /** The content class names the objects' class indexes refer to. */
    public List<String> classNames() {
        return classNames;
    }

    /** Collects requests in time order. */
    public static final class Builder {
        private double[] times = new double[1024];
        private int[] users = new int[1024];
        private int[] objects = new int[1024];
        private int count;
        private long[] sizes = new long[1024];
        private byte[] classes = new byte[1024];
        private int objectCount;
        private final List<String> classNames;

        /** A builder whose objects' classes index {@code classNames}. */
        public Builder(List<String> classNames) {
            this.classNames = classNames;
        }

        /**
         * Adds a request at {@code time} seconds from users node {@code usersNode} (its index among the
         * scenario's nodes) for {@code object}.
         *
         * @throws IllegalArgumentException when times go backwards
         */
        public Builder add(double time, int usersNode, int object) {
            if (count > 0 && time < times[count - 1]) {
                throw new IllegalArgumentException(
                        "replay times must not go backwards: " + time + " after " + times[count - 1]);
            }
            if (count == times.length) {
                int n = count * 2;
                times = Arrays.copyOf(times, n);
                users = Arrays.copyOf(users, n);
                objects = Arrays.copyOf(objects, n);
            }
            times[count] = time;
            users[count] = usersNode;
            objects[count] = object;
            count++;
            return this;
        }

        /** Sets object {@code o}'s size in bytes (at least 1) and class index; objects are numbered from 0. */
        public Builder object(int o, long size, int classIndex) {
            while (o >= sizes.length) {
                sizes = Arrays.copyOf(sizes, sizes.length * 2);
                classes = Arrays.copyOf(classes, classes.length * 2);
            }
            sizes[o] = Math.max(1, size);
            classes[o] = (byte) classIndex;
            objectCount = Math.max(objectCount, o + 1);
            return this;
        }

        public ReplayRequests build() {
            return new ReplayRequests(this);
        }
    }
}
