package dev.cdnx.app.traffic;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Choosing a traffic log, telling a dropped log from a dropped scenario, and the thread imports run on. */
public final class TrafficFiles {

    private TrafficFiles() {}

    /** Asks for a log or trace file; null when the user cancels. */
    public static Path choose(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import Traffic");
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter(
                                "Logs and traces",
                                "*.log",
                                "*.gz",
                                "*.zst",
                                "*.json",
                                "*.ndjson",
                                "*.jsonl",
                                "*.txt",
                                "*.csv",
                                "*.tsv",
                                "*.oracleGeneral",
                                "*.bin"),
                        new FileChooser.ExtensionFilter("All files", "*"));
        var f = chooser.showOpenDialog(owner);
        return f == null ? null : f.toPath();
    }

    /**
     * Whether a dropped file is a scenario (to open) rather than a log (to import): a .json file whose
     * first kilobytes hold a scenario's "topology". A Cloudflare or Fastly log ending in .json is a log.
     */
    public static boolean isScenario(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (!name.endsWith(".json")) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(16 * 1024), StandardCharsets.UTF_8);
            return head.contains("\"topology\"") || head.contains("\"formatVersion\"");
        } catch (IOException e) {
            // An unreadable file goes to the scenario opener, which explains the problem in its words.
            return true;
        }
    }

    /** One daemon thread for reading logs and replaying them. */
    public static ExecutorService background() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "traffic-import");
            t.setDaemon(true);
            return t;
        });
    }
}
