package dev.cdnx.model.cost;

import dev.cdnx.model.problem.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds and reads price sheets. A scenario's {@code pricing.sheet} is either a path (it contains a slash
 * or ends in {@code .json}; relative paths are taken from the scenario's folder) or a bare name, which is
 * looked for, in order, at {@code <scenario folder>/pricing/<name>.json}, at
 * {@code samples/pricing/<name>.json} under the working directory, and finally among the sheets shipped
 * inside the program ({@link #SHIPPED}). Nothing found is one problem listing where it looked.
 */
public final class PriceSheets {

    /** The shipped sheets with made-up teaching figures. */
    public static final List<String> ILLUSTRATIVE = List.of("illustrative", "illustrative-premium");

    /** The shipped sheets with providers' public list prices, each naming its source and the date read. */
    public static final List<String> PROVIDERS =
            List.of("cloudfront", "fastly", "cloudflare-pro", "cloudflare-pro-argo", "cloudflare-business");

    /** The sheets every build carries as resources, so the app and the jar work without files. */
    public static final List<String> SHIPPED = List.of(
            "illustrative",
            "illustrative-premium",
            "cloudfront",
            "fastly",
            "cloudflare-pro",
            "cloudflare-pro-argo",
            "cloudflare-business");

    private PriceSheets() {}

    /** Reads a sheet file. A missing or unreadable file is a problem, not an exception. */
    public static SheetLoad read(Path file) {
        try {
            return PriceSheetReader.read(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            return new SheetLoad(
                    null,
                    List.of(Problem.error(
                                    "",
                                    "cannot read the price sheet ("
                                            + e.getClass().getSimpleName() + ")",
                                    "check the path of pricing.sheet")
                            .at(file.toString(), 0, 0)));
        }
    }

    /** Reads sheet text; {@code fileName} only labels the problems. */
    public static SheetLoad parse(String text, String fileName) {
        return PriceSheetReader.read(text, fileName);
    }

    /** A shipped sheet by name, from the classpath. */
    public static SheetLoad shipped(String name) {
        String resource = "/pricing/" + name + ".json";
        try (InputStream in = PriceSheets.class.getResourceAsStream(resource)) {
            if (in == null) {
                return notFound(name, List.of("classpath " + resource));
            }
            return PriceSheetReader.read(
                    new String(in.readAllBytes(), StandardCharsets.UTF_8), "classpath:" + resource);
        } catch (IOException e) {
            return notFound(name, List.of("classpath " + resource));
        }
    }

    /**
     * The sheet a scenario names, from the places {@link SheetPlaces} allows (a path outside the
     * scenario's folder is refused without reading it).
     *
     * @param sheet the scenario's {@code pricing.sheet}; null or blank means "illustrative"
     * @param scenarioDir the scenario file's folder, or null for a scenario that has no file yet
     */
    public static SheetLoad locate(String sheet, Path scenarioDir) {
        String name = sheet == null || sheet.isBlank() ? "illustrative" : sheet.trim();
        SheetPlaces.Lookup lookup = SheetPlaces.lookup(name, scenarioDir);
        if (lookup.refusal() != null) {
            return new SheetLoad(null, List.of(lookup.refusal()));
        }
        List<Path> candidates = lookup.candidates();
        for (Path c : candidates) {
            if (Files.isRegularFile(c)) {
                return read(c);
            }
        }
        if (SHIPPED.contains(name)) {
            return shipped(name);
        }
        List<String> looked = new ArrayList<>();
        candidates.forEach(c -> looked.add(c.toString()));
        return notFound(name, looked);
    }

    private static SheetLoad notFound(String name, List<String> looked) {
        return new SheetLoad(
                null,
                List.of(Problem.error(
                        "pricing.sheet",
                        "no price sheet \"" + name + "\" (looked at " + String.join(", ", looked) + ")",
                        "name a file in samples/pricing/ or one of the shipped sheets: "
                                + String.join(", ", SHIPPED))));
    }
}
