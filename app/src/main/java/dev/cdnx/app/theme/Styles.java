package dev.cdnx.app.theme;

import javafx.css.PseudoClass;

/** The app's style-class names and pseudo-classes, as used in {@code assets/css/cdn.css}. */
public final class Styles {

    public static final String STYLESHEET = "/dev/cdnx/assets/css/cdn.css";

    public static final String DARK = "cdn-dark";
    public static final String CANVAS = "cdn-canvas";
    public static final String NODE = "cdn-node";
    public static final String NODE_BODY = "cdn-node-body";
    public static final String NODE_ICON = "cdn-node-icon";
    public static final String NODE_LABEL = "cdn-node-label";
    /** The line from a disc to its name where the name stands apart (no room beside the disc). */
    public static final String NODE_LABEL_LEADER = "cdn-node-label-leader";

    public static final String NODE_RING = "cdn-node-ring";
    public static final String NODE_PROBLEM = "cdn-node-problem";
    public static final String NODE_PORT = "cdn-node-port";
    public static final String MARQUEE = "cdn-marquee";
    public static final String LINK_PREVIEW = "cdn-link-preview";
    public static final String PALETTE = "cdn-palette";
    public static final String PALETTE_TITLE = "cdn-palette-title";
    public static final String PALETTE_ITEM = "cdn-palette-item";
    public static final String PALETTE_HINT = "cdn-palette-hint";
    public static final String STATUS_BAR = "cdn-status-bar";
    public static final String STATUS_PROBLEMS = "cdn-status-problems";
    public static final String HAS_ERRORS = "has-errors";
    public static final String PROBLEM_CELL = "cdn-problem-cell";
    public static final String INVALID = "cdn-invalid";
    public static final String SHEET_TITLE = "cdn-sheet-title";
    public static final String SHEET_MESSAGE = "cdn-sheet-message";
    public static final String SHORTCUTS = "cdn-shortcuts";
    public static final String SHORTCUT_KEY = "cdn-shortcut-key";

    public static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    public static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    public static final PseudoClass LINK_ALLOWED = PseudoClass.getPseudoClass("link-allowed");
    public static final PseudoClass LINK_FORBIDDEN = PseudoClass.getPseudoClass("link-forbidden");
    public static final PseudoClass ALLOWED = PseudoClass.getPseudoClass("allowed");
    public static final PseudoClass FORBIDDEN = PseudoClass.getPseudoClass("forbidden");

    private Styles() {}
}
