package dev.cdnx.model.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each field and array element of a JSON text starts, by JSON pointer, so a problem found after
 * parsing (a duplicate name, a link to nowhere) can still name its line and column. A text that does not
 * parse gives an index of what came before the break.
 */
public final class LocationIndex {

    private final Map<String, int[]> positions = new HashMap<>();

    public static LocationIndex of(String json) {
        LocationIndex index = new LocationIndex();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.END_ARRAY || t == JsonToken.END_OBJECT) {
                    continue;
                }
                // A field is placed at its name; an array element (which has no name) at its value.
                JsonLocation loc = p.currentTokenLocation();
                index.positions.putIfAbsent(
                        p.getParsingContext().pathAsPointer().toString(),
                        new int[] {loc.getLineNr(), loc.getColumnNr()});
            }
        } catch (IOException | RuntimeException e) {
            // A broken text: keep what was indexed before the break; the loader reports the break itself.
        }
        return index;
    }

    /**
     * The {line, column} of a dotted path, or of its nearest ancestor that was found, or {0, 0}.
     */
    public int[] find(String dottedPath) {
        String pointer = JsonPaths.pointer(dottedPath);
        while (true) {
            int[] pos = positions.get(pointer);
            if (pos != null) {
                return pos;
            }
            int slash = pointer.lastIndexOf('/');
            if (slash <= 0) {
                return new int[] {0, 0};
            }
            pointer = pointer.substring(0, slash);
        }
    }
}
