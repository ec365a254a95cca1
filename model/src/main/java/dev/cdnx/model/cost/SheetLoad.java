package dev.cdnx.model.cost;

import dev.cdnx.model.problem.Problem;
import java.util.List;

/**
 * What reading a price sheet gave: the sheet (null when it could not be used) and every problem found,
 * each placed in the file. Any error makes the sheet null, so a half-read sheet never prices anything.
 */
public record SheetLoad(PriceSheet sheet, List<Problem> problems) {

    public boolean ok() {
        return sheet != null;
    }

    /** The problems one per line, ready to print. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        for (Problem p : problems) {
            sb.append(p.format()).append('\n');
        }
        return sb.toString().trim();
    }
}
