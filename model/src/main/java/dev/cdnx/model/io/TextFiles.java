package dev.cdnx.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads an input file as UTF-8 text within a size limit, before any parsing: a file larger than the limit
 * ({@code /dev/zero}, a 200 MB array) is refused after reading at most one byte past the limit, and a
 * byte that is not UTF-8 is reported with its offset so it can be found in a hex editor.
 */
public final class TextFiles {

    /** The largest scenario or price sheet read: 64 MiB (the largest sample is well under 1 MiB). */
    public static final long LIMIT = 64L << 20;

    /** Why a file could not be read as text; the message names the place and the fix. */
    public static final class Unreadable extends IOException {
        private static final long serialVersionUID = 1L;
        private final String fix;

        Unreadable(String message, String fix) {
            super(message);
            this.fix = fix;
        }

        public String fix() {
            return fix;
        }
    }

    private TextFiles() {}

    /** The file's text. */
    public static String read(Path file, long limit) throws IOException {
        if (Files.isDirectory(file)) {
            throw new Unreadable("this is a folder, not a file", "give the path of a .json file");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        }
        if (bytes.length > limit) {
            throw new Unreadable(
                    String.format(Locale.ROOT, "the file is larger than %,d bytes, the most this program reads", limit),
                    "check that this is the file you meant; scenario files are usually well under 1 MB");
        }
        return decode(bytes);
    }

    /** Strict UTF-8: a byte sequence that is not UTF-8 is an error naming its offset. */
    public static String decode(byte[] bytes) throws Unreadable {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            throw new Unreadable(
                    String.format(
                            Locale.ROOT,
                            "byte %,d (0x%02X) is not UTF-8 text",
                            in.position(),
                            bytes[in.position()] & 0xff),
                    "save the file as UTF-8 (it may be in Latin-1 or Windows-1252)");
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
