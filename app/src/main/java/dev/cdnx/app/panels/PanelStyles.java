package dev.cdnx.app.panels;

/** Style-class names used by the panels (defined in assets/css/panels.css) and the stylesheet's URL. */
public final class PanelStyles {

    /** Root of every panel: defines the -cdn-* looked-up colours. */
    public static final String PANEL = "cdn-panel";

    public static final String TITLE = "cdn-panel-title";
    public static final String NOTE = "cdn-note";
    public static final String TREE_QUESTION = "cdn-tree-question";
    public static final String TREE_LEAF = "cdn-tree-leaf";
    public static final String TREE_EDGE = "cdn-tree-edge";
    public static final String TREE_EDGE_LABEL = "cdn-tree-edge-label";
    public static final String ON_PATH = "cdn-on-path";
    public static final String OVERRIDDEN = "cdn-overridden";
    public static final String RECOMMENDATION = "cdn-recommendation";
    public static final String REASON = "cdn-reason";
    public static final String BETTER = "cdn-better";
    public static final String WORSE = "cdn-worse";
    public static final String SAME = "cdn-same";
    public static final String WARNING = "cdn-warning";
    public static final String ADVICE = "cdn-advice";
    public static final String CHECK_CELL = "cdn-check-cell";
    public static final String CURRENT_MODEL = "cdn-current-model";
    public static final String MINIMUM = "cdn-minimum";
    public static final String ERROR = "cdn-error";

    private PanelStyles() {}

    /** The panels' stylesheet, for {@code getStylesheets().add(...)}. */
    public static String stylesheet() {
        var url = PanelStyles.class.getResource("/dev/cdnx/assets/css/panels.css");
        return url == null ? "" : url.toExternalForm();
    }
}
