package dev.cdnx.model.problem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** "Did you mean …?" — the known name nearest to a misspelt one. */
public final class Suggest {

    private Suggest() {}

    /** The known name within a small edit distance of {@code wrong}, or null when none is close. */
    public static String nearest(String wrong, Collection<?> known) {
        if (wrong == null || known == null) {
            return null;
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Object k : known) {
            String name = String.valueOf(k);
            int d = distance(wrong.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = name;
            }
        }
        int allowed = Math.max(2, wrong.length() / 3);
        return bestDistance <= allowed ? best : null;
    }

    /** A sorted, comma-separated list of names. */
    public static String list(Collection<?> names) {
        List<String> s = new ArrayList<>();
        for (Object n : names) {
            s.add(String.valueOf(n));
        }
        s.sort(null);
        return String.join(", ", s);
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
