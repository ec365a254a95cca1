package dev.cdnx.model.traffic;

import dev.cdnx.model.trace.TraceFormat;
import dev.cdnx.model.trace.TraceOptions;
import dev.cdnx.model.trace.Traces;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a log or trace file once, start to end, into a {@link Workload}: one record at a time, with
 * memory that grows with the number of distinct objects, not lines. Bad lines are counted and the first
 * {@link BadLines#SHOWN} kept with their numbers; a file with no readable line is an
 * {@link ImportException} that says which format was expected and shows what the file starts with.
 */
public final class TrafficImport {

    private static final int PROGRESS_EVERY = 1 << 16;

    private TrafficImport() {}

    /** Imports {@code file}; {@code listener} hears progress and may cancel. */
    public static Workload run(Path file, ImportOptions options, ImportListener listener) throws IOException {
        return run(file, options, listener, null);
    }

    /**
     * Imports {@code file}, also handing every accepted request to {@code each} (with its object's index
     * in the builder), which a replay uses to see the requests in order.
     */
    public static Workload run(Path file, ImportOptions options, ImportListener listener, RequestSink each)
            throws IOException {
        LogFormat format = resolve(file, options.format());
        long fileBytes = Files.size(file);
        BadLines bad = new BadLines();
        WorkloadBuilder builder = new WorkloadBuilder();
        LogRecord r = new LogRecord();
        long accepted = 0;
        try (RecordSource source = open(file, format, options, bad)) {
            while (source.next(r)) {
                int o = builder.add(r);
                if (each != null) {
                    each.request(r, o, builder);
                }
                if ((++accepted & (PROGRESS_EVERY - 1)) == 0) {
                    listener.progress(source.lines(), source.rawBytes(), fileBytes);
                    if (listener.cancelled()) {
                        throw new ImportCancelledException(source.lines());
                    }
                }
            }
            listener.progress(source.lines(), fileBytes, fileBytes);
            long rejected = bad.count() + (source instanceof TraceRecordSource t ? t.skipped() : 0);
            if (accepted == 0) {
                throw nothingRead(file, format, bad);
            }
            Workload w = builder.build();
            w.source.file = file.toString();
            w.source.format = format.label();
            w.source.lines = source.lines();
            if (format == LogFormat.NGINX && options.pattern() != null) {
                w.source.pattern = options.pattern();
            }
            if (format == LogFormat.FASTLY || format == LogFormat.CLOUDFLARE) {
                w.source.fields = fieldMap(format, options).asMap();
            }
            w.rejectedLines = rejected;
            w.rejected = bad.shown();
            return w;
        }
    }

    /** Hears each accepted request of an import, in file order. */
    @FunctionalInterface
    public interface RequestSink {
        void request(LogRecord r, int object, WorkloadBuilder catalog);
    }

    /** The format to read {@code file} with: the one asked for, or the detected one. */
    public static LogFormat resolve(Path file, LogFormat asked) throws IOException {
        if (asked != null && asked != LogFormat.AUTO) {
            return asked;
        }
        FormatDetector.Detected d = FormatDetector.detect(file);
        if (d.format() == null) {
            throw new ImportException(file + ": could not tell the format from the first lines; it starts with: "
                    + firstLine(d.firstLines()) + ". Name the format with --format (" + LogFormat.names() + ")");
        }
        return d.format();
    }

    private static RecordSource open(Path file, LogFormat format, ImportOptions options, BadLines bad)
            throws IOException {
        switch (format) {
            case ORACLE_GENERAL -> {
                return new OracleGeneralSource(Decompression.open(file), bad);
            }
            case VSCSI, CSV, TXT -> {
                TraceFormat tf = TraceFormat.parse(format.label());
                return new TraceRecordSource(
                        Traces.open(file, tf, TraceOptions.DEFAULT.withSkipBadLines(true)), Files.size(file));
            }
            default -> {
                return new TextRecordSource(Decompression.open(file), parser(format, options), bad);
            }
        }
    }

    private static LineParser parser(LogFormat format, ImportOptions options) {
        return switch (format) {
            case CLOUDFRONT -> new CloudFrontParser();
            case NGINX -> new NginxParser(options.pattern());
            case CLOUDFLARE, FASTLY -> new JsonLineParser(fieldMap(format, options));
            case WIKIMEDIA -> new WikimediaParser();
            default -> throw new IllegalArgumentException("no line parser for " + format);
        };
    }

    private static FieldMap fieldMap(LogFormat format, ImportOptions options) {
        if (format == LogFormat.CLOUDFLARE) {
            return options.fields() == null ? FieldMap.CLOUDFLARE : options.fields();
        }
        return options.fields() == null ? FieldMap.FASTLY : options.fields();
    }

    private static ImportException nothingRead(Path file, LogFormat format, BadLines bad) {
        String found = bad.shown().isEmpty()
                ? "no request lines at all (the file is empty or only headers)"
                : bad.count() + " lines, none readable; line "
                        + bad.shown().get(0).line() + " (" + bad.shown().get(0).reason() + ") reads: "
                        + quote(bad.shown().get(0).text());
        return new ImportException(file + ": no usable line as " + format.label() + " (" + format.description()
                + "); found " + found + ". Check the format (--format " + LogFormat.names() + ")"
                + (format == LogFormat.NGINX ? " or give the log_format with --pattern" : "")
                + (format == LogFormat.FASTLY ? " or map the fields with --field url=NAME,bytes=NAME" : ""));
    }

    private static String firstLine(List<String> lines) {
        return lines.isEmpty() ? "nothing (the file is empty)" : quote(lines.get(0));
    }

    private static String quote(String s) {
        String t = s.length() > 120 ? s.substring(0, 120) + "…" : s;
        return "\"" + t + "\"";
    }
}
