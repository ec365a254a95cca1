package dev.cdnx.app.lab;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The one daemon thread that starts and stops the app's live lab, so binding ports never blocks the FX thread. */
public final class LabThreads {

    private LabThreads() {}

    public static ExecutorService background() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "live-lab-control");
            t.setDaemon(true);
            return t;
        });
    }
}
