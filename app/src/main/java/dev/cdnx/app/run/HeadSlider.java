package dev.cdnx.app.run;

import dev.cdnx.model.scenario.DeliveryModel;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;

/**
 * The run bar's hybrid head: a slider on log10(head + 1), so its left end is an empty head and each step
 * to the right multiplies the head, and a label. Both follow the view-model's head, which starts as the
 * scenario's own (the head the engine pushes and the bill prices); dragging the slider sets a new one.
 */
final class HeadSlider {

    final Slider slider;
    final Label label = new Label();
    private final RunViewModel vm;

    HeadSlider(RunViewModel vm) {
        this.vm = vm;
        slider = new Slider(
                0, position(maxObjects()), position(vm.headSizeProperty().get()));
        slider.setId("run-head");
        slider.setPrefWidth(110);
        label.setId("run-head-label");
        label.getStyleClass().add(RunStyles.TIME);
        // While dragging the label previews the slider; otherwise it shows the head the run pushes.
        label.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> "head "
                                + (slider.isValueChanging()
                                        ? objectsAt(slider.getValue())
                                        : vm.headSizeProperty().get()),
                        slider.valueProperty(),
                        slider.valueChangingProperty(),
                        vm.headSizeProperty()));
        vm.headSizeProperty().addListener((o, a, head) -> follow(head.longValue()));
        slider.valueChangingProperty().addListener((o, a, changing) -> {
            if (!changing) {
                vm.setHeadSize(objectsAt(slider.getValue()));
            }
        });
        slider.setOnMouseReleased(e -> vm.setHeadSize(objectsAt(slider.getValue())));
        slider.disableProperty().bind(vm.modelProperty().isNotEqualTo(DeliveryModel.HYBRID));
        label.disableProperty().bind(slider.disableProperty());
        slider.setTooltip(new Tooltip("Hybrid: how many of the most requested objects are pushed to the shields"));
    }

    /** Moves the slider to the view-model's head (a new document may also have a larger catalog). */
    private void follow(long head) {
        slider.setMax(Math.max(position(maxObjects()), position(head)));
        if (objectsAt(slider.getValue()) != head) {
            slider.setValue(position(head));
        }
    }

    private long maxObjects() {
        return Math.max(1, vm.document().scenario().workload.objects);
    }

    static double position(long objects) {
        return Math.log10(Math.max(0, objects) + 1.0);
    }

    static long objectsAt(double position) {
        return Math.max(0, Math.round(Math.pow(10, position) - 1));
    }
}
