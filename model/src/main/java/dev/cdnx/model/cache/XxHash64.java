package dev.cdnx.model.cache;

/** XXH64 (xxHash, Yann Collet) of one 8-byte little-endian value, as libCacheSim hashes object ids. */
final class XxHash64 {

    private static final long P1 = 0x9E3779B185EBCA87L;
    private static final long P2 = 0xC2B2AE3D27D4EB4FL;
    private static final long P3 = 0x165667B19E3779F9L;
    private static final long P4 = 0x85EBCA77C2B2AE63L;
    private static final long P5 = 0x27D4EB2F165667C5L;

    private XxHash64() {}

    static long hash8(long value, long seed) {
        long h = seed + P5 + 8;
        long k = Long.rotateLeft(value * P2, 31) * P1;
        h ^= k;
        h = Long.rotateLeft(h, 27) * P1 + P4;
        h ^= h >>> 33;
        h *= P2;
        h ^= h >>> 29;
        h *= P3;
        h ^= h >>> 32;
        return h;
    }
}
