package dev.cdnx.app.panels.cost;

import dev.cdnx.model.cost.PriceSheets;
import dev.cdnx.model.cost.SheetPlaces;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The text of a price sheet, found where {@link PriceSheets#locate} finds it (a path inside the
 * scenario's folder, see {@link SheetPlaces}; then
 * {@code <folder>/pricing/NAME.json}; then {@code samples/pricing/NAME.json}; then the shipped copy), and
 * the names of the sheets a picker offers.
 */
public final class SheetSource {

    private SheetSource() {}

    /** The sheet's JSON text, or null when there is none. */
    public static String text(String sheet, Path folder) {
        String name = sheet == null || sheet.isBlank() ? "illustrative" : sheet.trim();
        SheetPlaces.Lookup lookup = SheetPlaces.lookup(name, folder);
        if (lookup.refusal() != null) {
            return null;
        }
        List<Path> candidates = lookup.candidates();
        try {
            for (Path c : candidates) {
                if (Files.isRegularFile(c)) {
                    return Files.readString(c, StandardCharsets.UTF_8);
                }
            }
            try (InputStream in = PriceSheets.class.getResourceAsStream("/pricing/" + name + ".json")) {
                return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped sheets, then every {@code *.json} in {@code <folder>/pricing/}, then {@code current}. */
    public static List<String> names(Path folder, String current) {
        Set<String> out = new LinkedHashSet<>(PriceSheets.SHIPPED);
        if (folder != null && Files.isDirectory(folder.resolve("pricing"))) {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder.resolve("pricing"), "*.json")) {
                List<String> found = new ArrayList<>();
                ds.forEach(p -> found.add(p.getFileName().toString().replaceFirst("\\.json$", "")));
                found.sort(null);
                out.addAll(found);
            } catch (IOException e) {
                // an unreadable folder offers only the shipped sheets
            }
        }
        if (current != null && !current.isBlank()) {
            out.add(current);
        }
        return List.copyOf(out);
    }
}
