package dev.cdnx.model.cost;

import dev.cdnx.model.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a scenario's {@code pricing.sheet} may be read from, so a scenario file someone sent cannot make
 * the program read {@code /etc/shadow} or {@code ~/.ssh/id_rsa}: a bare name is looked up as
 * {@code <scenario folder>/pricing/NAME.json}, then {@code samples/pricing/NAME.json}, then among the
 * shipped sheets; a path must lead (after following links) to a file beside the scenario or below its
 * folder. Anything else is refused before a byte of it is read.
 */
public final class SheetPlaces {

    private SheetPlaces() {}

    /** The files to try in order (none may exist), or a refusal that names the rule and the fix. */
    public record Lookup(List<Path> candidates, Problem refusal) {}

    /** Whether {@code sheet} is written as a path rather than a name. */
    public static boolean isPath(String sheet) {
        return sheet.contains("/") || sheet.contains("\\") || sheet.endsWith(".json");
    }

    public static Lookup lookup(String sheet, Path scenarioDir) {
        String name = sheet == null || sheet.isBlank() ? "illustrative" : sheet.trim();
        List<Path> candidates = new ArrayList<>();
        if (!isPath(name)) {
            if (scenarioDir != null) {
                candidates.add(scenarioDir.resolve("pricing").resolve(name + ".json"));
            }
            candidates.add(Path.of("samples", "pricing", name + ".json"));
            return new Lookup(candidates, null);
        }
        if (scenarioDir == null) {
            return new Lookup(
                    List.of(),
                    Problem.error(
                            "pricing.sheet",
                            "a price sheet given as a path is read relative to the scenario's folder, and this scenario has no file yet",
                            "save the scenario first, or name a shipped sheet: "
                                    + String.join(", ", PriceSheets.SHIPPED)));
        }
        Path folder = real(scenarioDir.toAbsolutePath().normalize());
        Path file = real(scenarioDir.resolve(name).toAbsolutePath().normalize());
        if (!file.startsWith(folder)) {
            return new Lookup(
                    List.of(),
                    Problem.error(
                            "pricing.sheet",
                            "the price sheet \"" + name + "\" lies outside the scenario's folder, so it is not read",
                            "copy the sheet beside the scenario (or into its pricing/ folder) and name it by a relative path,"
                                    + " or use a shipped sheet: " + String.join(", ", PriceSheets.SHIPPED)));
        }
        candidates.add(file);
        return new Lookup(candidates, null);
    }

    /** The real path when the file exists (links followed), else the normalized path. */
    private static Path real(Path p) {
        try {
            return Files.exists(p) ? p.toRealPath() : p;
        } catch (IOException e) {
            return p;
        }
    }
}
