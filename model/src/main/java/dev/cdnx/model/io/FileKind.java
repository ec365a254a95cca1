package dev.cdnx.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The kinds of file the program writes, and whether an existing file is one of them: the rule behind
 * "refuse to overwrite a file that is not ours" (the command line's {@code --force}, the window's
 * question). Writing a file of a kind over one of the same kind (or over an empty file) loses nothing
 * the program could not write again; over anything else (a scenario under a PNG's name, notes under a
 * report's) it would destroy someone's work, so it is refused or asked about first. Only the head of the
 * file is read.
 */
public enum FileKind {
    SCENARIO("a scenario") {
        @Override
        boolean holds(String head) {
            return opensWith(head, "{") && (head.contains("\"topology\"") || head.contains("\"formatVersion\""));
        }
    },
    PRICE_SHEET("a price sheet") {
        @Override
        boolean holds(String head) {
            return opensWith(head, "{") && head.contains("\"currency\"");
        }
    },
    PNG("a PNG image") {
        @Override
        boolean holds(String head) {
            return head.startsWith("\u0089PNG\r\n\u001a\n");
        }
    },
    GIF("a GIF image") {
        @Override
        boolean holds(String head) {
            return head.startsWith("GIF87a") || head.startsWith("GIF89a");
        }
    },
    SVG("an SVG drawing") {
        @Override
        boolean holds(String head) {
            return head.contains("<svg");
        }
    },
    CSV("a CSV table") {
        @Override
        boolean holds(String head) {
            String first = head.lines().findFirst().orElse("");
            return first.contains(",") && !opensLikeADocument(head) && head.indexOf('\0') < 0;
        }
    },
    HTML_REPORT("an HTML page") {
        @Override
        boolean holds(String head) {
            String h = head.stripLeading().toLowerCase(Locale.ROOT);
            return h.startsWith("<!doctype html") || h.startsWith("<html");
        }
    },
    MARKDOWN_REPORT("a report of this program") {
        @Override
        boolean holds(String head) {
            // Markdown is usually written by hand (a README, notes): only this program's reports, which
            // open with the scenario's name and always have a cost section, are replaced without asking.
            return opensWith(head, "# ") && head.contains("\n## Monthly cost (");
        }
    };

    /** How much of a file is read to tell its kind. */
    static final int HEAD = 64 * 1024;

    private final String label;

    FileKind(String label) {
        this.label = label;
    }

    /** "a PNG image": the kind in a sentence. */
    public String label() {
        return label;
    }

    abstract boolean holds(String head);

    /** Whether {@code file} is empty or a file of this kind (false when it cannot be read). */
    public boolean matches(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
        } catch (IOException e) {
            return false;
        }
        // ISO-8859-1 maps each byte to one char, so binary signatures compare exactly.
        return head.length == 0 || holds(new String(head, StandardCharsets.ISO_8859_1));
    }

    /**
     * Null when writing a file of this kind to {@code target} replaces nothing a person wrote (no file
     * there, or an empty one, or one of this kind); otherwise the sentence that says what would be lost.
     */
    public String wouldReplace(Path target) {
        if (!Files.exists(target) || (Files.isRegularFile(target) && matches(target))) {
            return null;
        }
        return target + " exists and is not " + label;
    }

    /** The writer's check: refuses to replace a file that is not of this kind, the sentence ending in {@code fix}. */
    public AtomicFiles.OverwriteCheck check(String fix) {
        return existing -> matches(existing) ? null : existing + " exists and is not " + label + "; " + fix;
    }

    private static boolean opensWith(String head, String start) {
        return head.stripLeading().startsWith(start);
    }

    private static boolean opensLikeADocument(String head) {
        String h = head.stripLeading();
        return h.startsWith("{") || h.startsWith("[") || h.startsWith("<") || h.startsWith("#");
    }
}
