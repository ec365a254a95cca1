package dev.cdnx.app.run;

import dev.cdnx.model.scenario.DeliveryModel;
import dev.cdnx.model.scenario.LinkSpec;
import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.OriginSpec;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.topology.NodeIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the run's nodes sit in world coordinates (the editor's canvas coordinates, {@link NodeSpec#x},
 * {@link NodeSpec#y}), indexed as in the scenario's node list, which is also the engine's order. Links are
 * pairs of indexes. Immutable; rebuilt at every restart.
 */
public final class RunGeometry {

    final String[] names;
    final NodeKind[] kinds;
    final float[] x;
    final float[] y;
    final int[] linkFrom;
    final int[] linkTo;
    final double[] originCapacity;
    final boolean[] pushTarget;
    final NodeIndex ids;
    final double minX;
    final double minY;
    final double maxX;
    final double maxY;

    RunGeometry(Scenario s) {
        List<NodeSpec> nodes = s.topology.nodes;
        ids = new NodeIndex(s.topology);
        int n = nodes.size();
        names = new String[n];
        kinds = new NodeKind[n];
        x = new float[n];
        y = new float[n];
        originCapacity = new double[n];
        pushTarget = new boolean[n];
        var model = s.delivery.model;
        NodeKind targetKind = model == DeliveryModel.HYBRID
                ? NodeKind.SHIELD
                : model == DeliveryModel.PUSH
                        ? ("shields".equals(s.delivery.push.targets) ? NodeKind.SHIELD : NodeKind.EDGE)
                        : null;
        double x0 = Double.MAX_VALUE;
        double y0 = Double.MAX_VALUE;
        double x1 = -Double.MAX_VALUE;
        double y1 = -Double.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            NodeSpec ns = nodes.get(i);
            names[i] = ns.name;
            kinds[i] = ns.kind;
            x[i] = (float) ns.x;
            y[i] = (float) ns.y;
            pushTarget[i] = ns.kind == targetKind;
            if (ns.kind == NodeKind.ORIGIN) {
                originCapacity[i] = ns.origin == null || ns.origin.capacity == null
                        ? new OriginSpec().capacity.perSecond()
                        : ns.origin.capacity.perSecond();
            }
            x0 = Math.min(x0, ns.x);
            y0 = Math.min(y0, ns.y);
            x1 = Math.max(x1, ns.x);
            y1 = Math.max(y1, ns.y);
        }
        if (n == 0) {
            x0 = y0 = x1 = y1 = 0;
        }
        minX = x0;
        minY = y0;
        maxX = x1;
        maxY = y1;
        List<int[]> links = new ArrayList<>();
        for (LinkSpec l : s.topology.links) {
            int a = ids.indexOf(l.from);
            int b = ids.indexOf(l.to);
            if (a >= 0 && b >= 0) {
                links.add(new int[] {a, b});
            }
        }
        linkFrom = links.stream().mapToInt(p -> p[0]).toArray();
        linkTo = links.stream().mapToInt(p -> p[1]).toArray();
    }

    public int size() {
        return names.length;
    }

    public String name(int i) {
        return names[i];
    }

    public NodeKind kind(int i) {
        return kinds[i];
    }

    public double x(int i) {
        return x[i];
    }

    public double y(int i) {
        return y[i];
    }

    public int links() {
        return linkFrom.length;
    }

    /** Index of a node by name, or -1. */
    public int indexOf(String name) {
        return ids.indexOf(name);
    }

    /** Total capacity of the origins in requests per second (0 when none is set). */
    public double totalOriginCapacity() {
        double c = 0;
        for (double v : originCapacity) {
            c += v;
        }
        return c;
    }
}
