package dev.cdnx.model.scenario;

/**
 * A rectangle drawn on the canvas for people, not for the engine: a {@link NoteSpec} or a
 * {@link RegionSpec}. {@code x}/{@code y} are the top-left corner in canvas coordinates, like a node's
 * position; width and height are in the same units. Runs, reports and costs never read these.
 */
public abstract class BoxSpec {

    /** Smallest width or height a box can be given: smaller ones could not be seen or grabbed. */
    public static final double MIN_SIZE = 20;

    public double x;
    public double y;
    public double width = 200;
    public double height = 120;

    /** The words shown in the box: a note's text, a region's label. */
    public abstract String words();

    /** Whether a canvas point lies inside the box (edges included). */
    public boolean contains(double px, double py) {
        return px >= x && px <= x + width && py >= y && py <= y + height;
    }
}
