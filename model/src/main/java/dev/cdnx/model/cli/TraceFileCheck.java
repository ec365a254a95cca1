package dev.cdnx.model.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether an existing file looks like a trace, so writing a trace over it loses nothing a person wrote:
 * an empty file, a text trace (plain ASCII lines that do not open like JSON, XML or HTML), or a binary
 * file of whole 24-byte oracleGeneral records. A scenario, a report or a note is none of these.
 */
final class TraceFileCheck {

    private static final int HEAD = 4096;

    private TraceFileCheck() {}

    static boolean looksLikeTrace(Path file) throws IOException {
        long size = Files.size(file);
        if (size == 0) {
            return true;
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
        }
        boolean text = isPlainText(head);
        if (text) {
            return !opensLikeADocument(head);
        }
        return size % 24 == 0;
    }

    private static boolean isPlainText(byte[] head) {
        for (byte b : head) {
            boolean printable = b >= 0x20 && b < 0x7f;
            if (!printable && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    private static boolean opensLikeADocument(byte[] head) {
        for (byte b : head) {
            if (b == ' ' || b == '\n' || b == '\r' || b == '\t') {
                continue;
            }
            return b == '{' || b == '[' || b == '<' || b == '#';
        }
        return false;
    }
}
