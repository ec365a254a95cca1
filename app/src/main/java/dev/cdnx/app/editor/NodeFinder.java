package dev.cdnx.app.editor;

import dev.cdnx.model.scenario.NodeSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Ranks the nodes whose name matches what is typed, best first: the exact name, then names that start
 * with it, then names with a part (after a '-') that starts with it, then names that contain it, then
 * names that hold its letters in order ("edlon" finds edge-london). Case is ignored.
 */
public final class NodeFinder {

    private NodeFinder() {}

    /** At most {@code limit} matches for {@code query}, best first; every node (in order) for a blank query. */
    public static List<NodeSpec> matches(List<NodeSpec> nodes, String query, int limit) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        List<NodeSpec> named = nodes.stream().filter(n -> n.name != null).toList();
        if (q.isEmpty()) {
            return named.stream().limit(limit).toList();
        }
        record Scored(NodeSpec node, int score, int index) {}
        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < named.size(); i++) {
            int s = score(named.get(i).name.toLowerCase(Locale.ROOT), q);
            if (s >= 0) {
                scored.add(new Scored(named.get(i), s, i));
            }
        }
        scored.sort(Comparator.comparingInt(Scored::score)
                .thenComparingInt(x -> x.node().name.length())
                .thenComparingInt(Scored::index));
        return scored.stream().limit(limit).map(Scored::node).toList();
    }

    /** 0 exact, 1 prefix, 2 part prefix, 3 contains, 4 letters in order; -1 no match. */
    static int score(String name, String q) {
        if (name.equals(q)) {
            return 0;
        }
        if (name.startsWith(q)) {
            return 1;
        }
        for (String part : name.split("-")) {
            if (part.startsWith(q)) {
                return 2;
            }
        }
        if (name.contains(q)) {
            return 3;
        }
        int at = 0;
        for (int i = 0; i < name.length() && at < q.length(); i++) {
            if (name.charAt(i) == q.charAt(at)) {
                at++;
            }
        }
        return at == q.length() ? 4 : -1;
    }
}
