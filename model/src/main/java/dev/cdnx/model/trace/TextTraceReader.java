package dev.cdnx.model.trace;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads the text formats: {@code csv} (delimited columns, see {@link TraceOptions} for what is detected)
 * and {@code txt} (one numeric id per line, size 1, time 0). Lines are scanned in a 1 MiB byte buffer and
 * numbers parsed in place, so a record costs no allocation.
 *
 * <p>Edges: blank lines are ignored; {@code \r\n} endings and a UTF-8 byte-order mark are accepted; a
 * last line without a newline is read. Ids are whole numbers (up to 20 digits, read as unsigned 64-bit);
 * times may have a fraction, which is dropped; sizes are whole numbers {@code >= 0} and 0 is skipped.
 * A line with too few columns, or a non-numeric id, time or size, stops the read with one
 * {@link TraceFormatException} naming the file, the line number, the line and the fix — or, when
 * skipping is asked for, is counted in {@link #skippedRecords()}. Without a header and without
 * {@code --columns}, three or more columns mean {@code time id size}, two mean {@code id size}, one means
 * {@code id}.
 */
public final class TextTraceReader extends RecordFields {

    private static final List<String> TIME_NAMES =
            List.of("time", "timestamp", "ts", "clock_time", "real_time", "clock", "time_s");
    private static final List<String> ID_NAMES = List.of(
            "id", "obj_id", "object_id", "objid", "obj", "object", "key", "lbn", "lba", "block", "block_id", "obj_key");
    private static final List<String> SIZE_NAMES =
            List.of("size", "obj_size", "object_size", "objsize", "len", "length", "bytes", "req_size", "request_size");

    private final Path path;
    private final boolean txt;
    private final TraceOptions options;
    private final FileChannel channel;
    private byte[] buf = new byte[1 << 20];
    private int start;
    private int end;
    private boolean eof;
    private int lineStart;
    private int lineEnd;
    private long lineNumber;

    private boolean configured;
    private boolean whitespace;
    private byte delimiter;
    private TextColumns columns;
    private int widest;

    private String problem;

    /** Opens a {@code csv} (or, with {@code txt} true, a {@code txt}) trace. */
    public TextTraceReader(Path path, boolean txt, TraceOptions options) throws IOException {
        this.path = path;
        this.txt = txt;
        this.options = options == null ? TraceOptions.DEFAULT : options;
        this.channel = FileChannel.open(path, StandardOpenOption.READ);
    }

    /** The columns in use (known after the first line was read), or null before. */
    public TextColumns columns() {
        return columns;
    }

    @Override
    public boolean next() throws IOException {
        while (readLine()) {
            if (isBlank()) {
                continue;
            }
            if (!configured && configure()) {
                continue;
            }
            if (parse()) {
                if (size == 0) {
                    continue;
                }
                return true;
            }
            if (!options.skipBadLines()) {
                throw new TraceFormatException(message());
            }
            skipped++;
        }
        return false;
    }

    private boolean readLine() throws IOException {
        while (true) {
            for (int i = start; i < end; i++) {
                if (buf[i] == '\n') {
                    setLine(start, i);
                    start = i + 1;
                    return true;
                }
            }
            if (eof) {
                if (start < end) {
                    setLine(start, end);
                    start = end;
                    return true;
                }
                return false;
            }
            fill();
        }
    }

    private void setLine(int from, int to) {
        lineNumber++;
        if (to > from && buf[to - 1] == '\r') {
            to--;
        }
        lineStart = from;
        lineEnd = to;
    }

    private void fill() throws IOException {
        int remaining = end - start;
        if (start > 0) {
            System.arraycopy(buf, start, buf, 0, remaining);
        } else if (remaining == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        start = 0;
        end = remaining;
        int n = channel.read(ByteBuffer.wrap(buf, end, buf.length - end));
        if (n < 0) {
            eof = true;
        } else {
            end += n;
        }
    }

    private boolean isBlank() {
        for (int i = lineStart; i < lineEnd; i++) {
            byte b = buf[i];
            if (b != ' ' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    /** Settles delimiter, header and columns from the first non-blank line; true if it is a header. */
    private boolean configure() throws TraceFormatException {
        configured = true;
        if (lineNumber == 1
                && lineEnd - lineStart >= 3
                && (buf[lineStart] & 0xFF) == 0xEF
                && (buf[lineStart + 1] & 0xFF) == 0xBB
                && (buf[lineStart + 2] & 0xFF) == 0xBF) {
            lineStart += 3;
        }
        String line = new String(buf, lineStart, lineEnd - lineStart, StandardCharsets.UTF_8);
        Character d = options.delimiter();
        if (txt) {
            whitespace = true;
        } else if (d != null) {
            whitespace = d == ' ';
            delimiter = (byte) d.charValue();
        } else if (line.indexOf(',') >= 0) {
            delimiter = ',';
        } else if (line.indexOf('\t') >= 0) {
            delimiter = '\t';
        } else {
            whitespace = true;
        }
        List<String> fields = split(line);
        boolean header = options.header() != null
                ? options.header()
                : !txt && fields.stream().noneMatch(f -> f.matches("[-+]?\\d+(\\.\\d*)?"));
        if (options.columns() != null) {
            columns = options.columns();
        } else if (txt) {
            columns = new TextColumns(0, 1, 0);
        } else if (header) {
            columns = fromHeader(fields, line);
        } else {
            int n = fields.size();
            columns = n >= 3 ? new TextColumns(1, 2, 3) : n == 2 ? new TextColumns(0, 1, 2) : new TextColumns(0, 1, 0);
        }
        widest = columns.widest();
        return header;
    }

    private List<String> split(String line) {
        List<String> out = new ArrayList<>();
        if (whitespace) {
            for (String f : line.trim().split("[ \t]+")) {
                out.add(f);
            }
        } else {
            for (String f : line.split(java.util.regex.Pattern.quote(String.valueOf((char) delimiter)), -1)) {
                out.add(f.trim());
            }
        }
        return out;
    }

    private TextColumns fromHeader(List<String> fields, String line) throws TraceFormatException {
        int t = 0;
        int i = 0;
        int s = 0;
        for (int c = 0; c < fields.size(); c++) {
            String name = fields.get(c)
                    .replace("\"", "")
                    .trim()
                    .toLowerCase(Locale.ROOT)
                    .replace(' ', '_');
            if (t == 0 && TIME_NAMES.contains(name)) {
                t = c + 1;
            } else if (i == 0 && ID_NAMES.contains(name)) {
                i = c + 1;
            } else if (s == 0 && SIZE_NAMES.contains(name)) {
                s = c + 1;
            }
        }
        if (i == 0) {
            throw new TraceFormatException(String.format(
                    "%s line %d: cannot tell which column holds the object id"
                            + " from the header \"%s\". Name the columns with --columns time=N,id=N,size=N (1-based).",
                    path, lineNumber, abbreviate(line)));
        }
        return new TextColumns(t, i, s);
    }

    /**
     * Parses the current line into time, id and size; false (with {@link #problem} set) if malformed.
     * Fields are trimmed of spaces here, so the number parsers see bare digits.
     */
    private boolean parse() {
        time = 0;
        size = 1;
        int col = 0;
        int i = lineStart;
        int e = lineEnd;
        byte[] b = buf;
        while (i <= e) {
            if (whitespace) {
                while (i < e && (b[i] == ' ' || b[i] == '\t')) {
                    i++;
                }
                if (i >= e) {
                    break;
                }
            }
            int fs = i;
            if (whitespace) {
                while (i < e && b[i] != ' ' && b[i] != '\t') {
                    i++;
                }
            } else {
                while (i < e && b[i] != delimiter) {
                    i++;
                }
            }
            int fe = i;
            i++;
            col++;
            while (fs < fe && b[fs] == ' ') {
                fs++;
            }
            while (fe > fs && b[fe - 1] == ' ') {
                fe--;
            }
            if (col == columns.id()) {
                if (!parseId(b, fs, fe)) {
                    return false;
                }
            } else if (col == columns.time()) {
                if (!parseTime(b, fs, fe)) {
                    return false;
                }
            } else if (col == columns.size()) {
                if (!parseSize(b, fs, fe)) {
                    return false;
                }
            }
        }
        if (col < widest) {
            problem = "it has " + col + (col == 1 ? " column" : " columns") + " but the id, time and size columns ("
                    + columns + ") need " + widest;
            return false;
        }
        if (txt && col != 1) {
            problem = "a txt trace has one object id per line, this line has " + col + " columns";
            return false;
        }
        return true;
    }

    private boolean parseId(byte[] b, int fs, int fe) {
        boolean negative = fs < fe && b[fs] == '-';
        int from = negative || (fs < fe && b[fs] == '+') ? fs + 1 : fs;
        int n = fe - from;
        if (n == 0 || n > 20) {
            return fieldProblem("object id", columns.id(), b, fs, fe);
        }
        long v = 0;
        for (int k = from; k < fe; k++) {
            int digit = b[k] - '0';
            if (digit < 0 || digit > 9) {
                return fieldProblem("object id", columns.id(), b, fs, fe);
            }
            v = v * 10 + digit;
        }
        if (n >= 19) {
            try {
                v = Long.parseUnsignedLong(new String(b, from, n, StandardCharsets.US_ASCII));
            } catch (NumberFormatException ex) {
                return fieldProblem("object id", columns.id(), b, fs, fe);
            }
        }
        id = negative ? -v : v;
        return true;
    }

    private boolean parseTime(byte[] b, int fs, int fe) {
        long v = 0;
        int k = fs;
        for (; k < fe && b[k] != '.'; k++) {
            int digit = b[k] - '0';
            if (digit < 0 || digit > 9 || k - fs >= 18) {
                return fieldProblem("time", columns.time(), b, fs, fe);
            }
            v = v * 10 + digit;
        }
        for (int f = k + 1; f < fe; f++) {
            if (b[f] < '0' || b[f] > '9') {
                return fieldProblem("time", columns.time(), b, fs, fe);
            }
        }
        if (k == fs) {
            return fieldProblem("time", columns.time(), b, fs, fe);
        }
        time = v;
        return true;
    }

    private boolean parseSize(byte[] b, int fs, int fe) {
        if (fs == fe || fe - fs > 18) {
            return fieldProblem("size", columns.size(), b, fs, fe);
        }
        long v = 0;
        for (int k = fs; k < fe; k++) {
            int digit = b[k] - '0';
            if (digit < 0 || digit > 9) {
                return fieldProblem("size", columns.size(), b, fs, fe);
            }
            v = v * 10 + digit;
        }
        size = v;
        return true;
    }

    private boolean fieldProblem(String what, int col, byte[] b, int fs, int fe) {
        String value = new String(b, fs, fe - fs, StandardCharsets.UTF_8);
        problem = "column " + col + " (" + what + ") is \"" + abbreviate(value) + "\", not a "
                + (what.equals("size") ? "whole number of bytes" : what.equals("time") ? "number" : "whole number");
        return false;
    }

    private String message() {
        String line = new String(buf, lineStart, lineEnd - lineStart, StandardCharsets.UTF_8);
        String fix = txt
                ? "A txt trace holds one numeric object id per line: fix or delete the line, use --format csv for"
                        + " several columns, or pass --skip-bad-lines to skip and count such lines."
                : "Fix or delete the line, choose the columns with --columns time=N,id=N,size=N (now " + columns
                        + "), or pass --skip-bad-lines to skip and count such lines.";
        return String.format("%s line %,d: %s: \"%s\". %s", path, lineNumber, problem, abbreviate(line), fix);
    }

    private static String abbreviate(String s) {
        return s.length() <= 120 ? s : s.substring(0, 117) + "...";
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
