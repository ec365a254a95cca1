package dev.cdnx.app.run;

import dev.cdnx.model.cost.CatalogEstimate;
import dev.cdnx.model.cost.HeadSize;
import dev.cdnx.model.scenario.Scenario;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleLongProperty;

/**
 * The hybrid head a live run pushes: the scenario's own (the head the engine would push) until the
 * person moves the head slider, then the slider's top K objects, without editing the scenario.
 */
final class HeadChoice {

    private final LongProperty size;
    private boolean touched;

    HeadChoice(Object bean) {
        size = new SimpleLongProperty(bean, "headSize", 0);
    }

    /**
     * Takes the scenario's head as the bill prices it ({@link HeadSize}): a scenario that names none has
     * an empty head, and says so, rather than showing a head the engine would not push.
     */
    void adopt(Scenario s) {
        touched = false;
        size.set(HeadSize.of(s, new CatalogEstimate(s.workload)).objects());
    }

    /** The person chose a head of {@code objects}; returns true if that changes it. */
    boolean choose(long objects) {
        touched = true;
        if (size.get() == objects) {
            return false;
        }
        size.set(objects);
        return true;
    }

    /** Makes the run's copy of the scenario push the chosen head, once the person has chosen one. */
    void applyTo(Scenario runCopy) {
        if (touched) {
            runCopy.delivery.hybrid.contentClass = null;
            runCopy.delivery.hybrid.headPercent = null;
            runCopy.delivery.hybrid.headObjects = size.get();
        }
    }

    LongProperty property() {
        return size;
    }
}
