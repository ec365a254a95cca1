package dev.cdnx.app.editor.properties;

import dev.cdnx.model.scenario.LinkSpec;
import java.util.List;

/** The settings of a link. */
public final class LinkFields {

    public static final Field<LinkSpec> RTT = Field.text(
            "Link",
            "RTT",
            "Round-trip time of this hop, like "
                    + "\"40ms\". Empty: derived from the great-circle distance of its ends (light in fibre, 200 km "
                    + "per ms, times the path stretch), so it follows the nodes when they move on the map.",
            l -> true,
            l -> l.rtt == null ? "" : l.rtt.toString(),
            (l, v) -> l.rtt = Parse.durationOrNull(v));

    public static final List<Field<LinkSpec>> ALL = List.of(
            Field.text(
                    "Link",
                    "From",
                    "The downstream end: the node that fetches through this link.",
                    l -> true,
                    l -> l.from,
                    null),
            Field.text("Link", "To", "The upstream end: the node asked on a miss.", l -> true, l -> l.to, null),
            RTT);

    private LinkFields() {}
}
