package dev.cdnx.app.run;

import dev.cdnx.model.engine.Outcome;

/**
 * The colour classes of request dots: {@link #REQUEST} while the outcome is not known yet, then one per
 * {@link Outcome}. The colours are the theme's {@code -cdn-dot-*} (Okabe–Ito, defined in cdn.css); {@link #ARGB}
 * only stands in until the stylesheet has applied. Each class also has its own shape ({@link DotShapes}).
 */
public final class DotClass {

    public static final byte REQUEST = 0;
    public static final byte HIT = 1;
    public static final byte STALE = 2;
    public static final byte MISS = 3;
    public static final byte REVALIDATED = 4;
    public static final byte COALESCED = 5;
    public static final byte STALE_IF_ERROR = 6;
    public static final byte ERROR = 7;
    public static final int COUNT = 8;

    /** Opaque ARGB per class, for the pixel renderer. */
    static final int[] ARGB = {
        0xFFBBBBBB, // request: light grey
        0xFF009E73, // hit: bluish green
        0xFF0072B2, // stale: blue
        0xFFE69F00, // miss: orange
        0xFF56B4E9, // revalidated: sky blue
        0xFFCC79A7, // coalesced: reddish purple
        0xFFF0E442, // stale-if-error: yellow
        0xFFD55E00, // error: vermillion
    };

    static final String[] LABELS = {
        "in flight", "hit", "stale (SWR)", "miss", "revalidated (304)", "coalesced", "stale-if-error", "error"
    };

    /** Names of the classes, used in the legend entries' ids. */
    static final String[] STYLE_CLASSES = {
        "dot-request",
        "dot-hit",
        "dot-stale",
        "dot-miss",
        "dot-revalidated",
        "dot-coalesced",
        "dot-stale-if-error",
        "dot-error"
    };

    private DotClass() {}

    public static byte of(Outcome o) {
        return switch (o) {
            case HIT -> HIT;
            case STALE -> STALE;
            case MISS -> MISS;
            case REVALIDATED -> REVALIDATED;
            case COALESCED -> COALESCED;
            case STALE_IF_ERROR -> STALE_IF_ERROR;
            case ERROR -> ERROR;
        };
    }

    public static int argb(int cls) {
        return ARGB[cls];
    }

    public static String label(int cls) {
        return LABELS[cls];
    }
}
