package dev.cdnx.model.traffic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** A text log read line by line through a {@link LineParser}. */
final class TextRecordSource implements RecordSource {

    private final Decompression.Counted in;
    private final BufferedReader reader;
    private final LineParser parser;
    private final BadLines bad;
    private long line;

    TextRecordSource(Decompression.Counted in, LineParser parser, BadLines bad) {
        this.in = in;
        this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        this.parser = parser;
        this.bad = bad;
    }

    @Override
    public boolean next(LogRecord r) throws IOException {
        String text;
        while ((text = reader.readLine()) != null) {
            line++;
            if (text.isEmpty() || parser.header(text)) {
                continue;
            }
            r.clear();
            String reason = parser.parse(text, r);
            if (reason == null) {
                return true;
            }
            bad.add(line, reason, text);
        }
        return false;
    }

    @Override
    public long lines() {
        return line;
    }

    @Override
    public long rawBytes() {
        return in.rawBytes();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
