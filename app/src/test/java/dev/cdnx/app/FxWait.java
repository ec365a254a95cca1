package dev.cdnx.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.testfx.util.WaitForAsyncUtils;

/** Runs work on the FX thread and waits for it: building a whole main window takes long on a loaded machine. */
final class FxWait {

    private FxWait() {}

    static <T> T fx(Supplier<T> work) {
        CompletableFuture<T> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(work.get());
            } catch (RuntimeException | Error e) {
                done.completeExceptionally(e);
            }
        });
        try {
            return done.get(5, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            throw new AssertionError(e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Waits until {@code condition}, read on the FX thread, holds: what a robot gesture sets off (a hover,
     * a drop) reaches the scene on a later event or pulse, which a loaded machine can delay by seconds.
     */
    static void until(String what, BooleanSupplier condition) {
        until(what, condition, () -> "");
    }

    /** As {@link #until(String, BooleanSupplier)}, with what was seen (read on the FX thread) in the failure. */
    static void until(String what, BooleanSupplier condition, Supplier<String> seen) {
        if (!within(30, condition)) {
            throw new AssertionError(what + ": still not so after 30 s. " + fx(seen));
        }
    }

    /** Whether {@code condition}, read on the FX thread, holds within {@code seconds}. */
    static boolean within(int seconds, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> fx(condition::getAsBoolean));
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }
}
