package dev.cdnx.app.panels.compare;

/** Style classes and the stylesheet (assets/css/compare.css) that keep baseline and current apart. */
final class CompareStyles {

    static final String STYLESHEET = CompareStyles.class.getResource("/dev/cdnx/assets/css/compare.css") == null
            ? ""
            : CompareStyles.class
                    .getResource("/dev/cdnx/assets/css/compare.css")
                    .toExternalForm();

    /** The baseline's line: its own colour and a dash, so it differs from the current one in greyscale too. */
    static final String BASELINE = "compare-baseline";
    /** The current run's line: solid, in the accent colour. */
    static final String CURRENT = "compare-current";
    /** On the overlay chart while it draws the baseline (series 0) and the current run (series 1). */
    static final javafx.css.PseudoClass WITH_BASELINE = javafx.css.PseudoClass.getPseudoClass("with-baseline");
    /** The short line drawn in the overlay's key. */
    static final String KEY_LINE = "compare-key-line";
    /** The header that says the two runs come from different scenarios. */
    static final String WARNING = "compare-scenario-warning";

    private CompareStyles() {}
}
