package dev.cdnx.app.run;

import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

/** The key to the dot colours (Okabe–Ito, colour-blind safe) and to the gauges on the nodes. */
public final class Legend extends FlowPane {

    public Legend() {
        getStyleClass().add(RunStyles.LEGEND);
        getStylesheets().add(RunStyles.STYLESHEET);
        setId("run-legend");
        setHgap(10);
        setVgap(4);
        for (int c = 0; c < DotClass.COUNT; c++) {
            getChildren().add(entry(DotClass.STYLE_CLASSES[c], DotClass.label(c)));
        }
        getChildren().add(entry("gauge-fill", "outer ring: cache fill"));
        getChildren().add(entry("gauge-hit", "ring: hit ratio"));
        getChildren().add(entry("coverage", "pie: push coverage"));
        getChildren().add(entry("origin-strained", "origin meter red: queueing/failing"));
    }

    private static Label entry(String swatchClass, String text) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll(RunStyles.SWATCH, "swatch-" + swatchClass);
        Label l = new Label(text, swatch);
        l.getStyleClass().add("run-legend-entry");
        return l;
    }
}
