package dev.cdnx.app.files;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The last few opened or saved files, most recent first, kept in java.util.prefs. */
public final class RecentFiles {

    private static final int MAX = 8;
    private static final String KEY = "recentFiles";

    private final Preferences prefs;
    private final ObservableList<Path> files = FXCollections.observableArrayList();

    /** @param node the preferences node, e.g. {@code "dev/cdnx/app"} */
    public RecentFiles(String node) {
        this.prefs = Preferences.userRoot().node(node);
        String stored = prefs.get(KEY, "");
        for (String line : stored.split("\n")) {
            if (!line.isBlank()) {
                files.add(Path.of(line));
            }
        }
    }

    public ObservableList<Path> files() {
        return files;
    }

    public void add(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        files.remove(abs);
        files.add(0, abs);
        if (files.size() > MAX) {
            files.remove(MAX, files.size());
        }
        store();
    }

    public void remove(Path file) {
        files.remove(file);
        store();
    }

    private void store() {
        List<String> lines = new ArrayList<>();
        files.forEach(p -> lines.add(p.toString()));
        prefs.put(KEY, String.join("\n", lines));
    }
}
