package dev.cdnx.app.run;

import dev.cdnx.model.engine.LiveSnapshot;
import dev.cdnx.model.engine.RunResult;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The figures written on the map during a run: beside a cache, its requests, hits, misses and coalesced
 * requests (on hover, or on every node when asked); above an origin, a badge with the fetches it has served
 * so far, large, and its load. Every figure is the engine's own per-node counter from the latest
 * {@link RunResult}, the same numbers {@code cdnx simulate --json} prints under {@code nodes}.
 */
final class NodeCounters {

    private final Map<String, RunResult.NodeStats> byName = new HashMap<>();
    private RunResult shown;
    private final Map<String, Lines> linesByName = new HashMap<>();

    /** Takes the counters of {@code r} (null before the first result). */
    void update(RunResult r) {
        if (Objects.equals(r, shown)) {
            return;
        }
        shown = r;
        byName.clear();
        if (r != null) {
            for (RunResult.NodeStats n : r.nodes()) {
                byName.put(n.name(), n);
            }
        }
    }

    RunResult.NodeStats stats(String node) {
        return byName.get(node);
    }

    /**
     * The lines written beside a cache node, or an empty list before its first result. The same figures give
     * the same list: the overlay asks for every cache's lines ten times a second, and formatting them all
     * each time cost several milliseconds a check.
     */
    List<String> cacheLines(String node) {
        RunResult.NodeStats s = byName.get(node);
        if (s == null) {
            return List.of();
        }
        Lines last = linesByName.get(node);
        if (last != null
                && last.requests == s.requests()
                && last.hits == s.hits()
                && last.misses == s.misses()
                && last.coalesced == s.coalesced()) {
            return last.lines;
        }
        List<String> lines = List.of(
                "requests " + count(s.requests()),
                "hits " + count(s.hits()),
                "misses " + count(s.misses()),
                "coalesced " + count(s.coalesced()));
        linesByName.put(node, new Lines(s.requests(), s.hits(), s.misses(), s.coalesced(), lines));
        return lines;
    }

    /** A cache's figures as last written, and the lines they gave. */
    private record Lines(long requests, long hits, long misses, long coalesced, List<String> lines) {}

    /** The origin badge's big figure: the fetches this origin has served so far, or null before a result. */
    String originFetches(String node) {
        RunResult.NodeStats s = byName.get(node);
        return s == null ? null : count(s.requests());
    }

    /** The badge's load line: fetches being served against the origin's capacity, and any queue. */
    static String loadLine(LiveSnapshot.NodeGauge g) {
        String q = g.down() ? ", down" : g.strained() ? ", " + count(g.originQueued()) + " queued" : "";
        return "load " + g.originBusy() + "/" + g.originConcurrency() + q;
    }

    /**
     * {@code n} with its digits grouped as {@code String.format("%,d", n)} writes it in the default locale,
     * written by hand: every cache's four figures are written again at each check while a run plays (ten
     * times a second), and the formatter's parsing of its pattern was a tenth of the gauges' time.
     */
    static String count(long n) {
        Locale locale = Locale.getDefault(Locale.Category.FORMAT);
        Grouping g = grouping;
        if (!g.locale.equals(locale)) {
            g = new Grouping(locale);
            grouping = g;
        }
        if (n < 0 || g.size <= 0) {
            return String.format("%,d", n);
        }
        char[] out = new char[27];
        int at = out.length;
        int digits = 0;
        do {
            if (digits > 0 && digits % g.size == 0) {
                out[--at] = g.separator;
            }
            out[--at] = (char) (g.zero + n % 10);
            n /= 10;
            digits++;
        } while (n > 0);
        return new String(out, at, out.length - at);
    }

    private static Grouping grouping = new Grouping(Locale.ROOT);

    /** How the format locale groups digits: its separator, group size and zero digit. */
    private static final class Grouping {
        final Locale locale;
        final char separator;
        final int size;
        final char zero;

        Grouping(Locale locale) {
            this.locale = locale;
            DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
            separator = symbols.getGroupingSeparator();
            zero = symbols.getZeroDigit();
            NumberFormat f = NumberFormat.getIntegerInstance(locale);
            size = f instanceof DecimalFormat d && d.isGroupingUsed() ? d.getGroupingSize() : 0;
        }
    }
}
