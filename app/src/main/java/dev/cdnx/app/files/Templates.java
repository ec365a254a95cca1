package dev.cdnx.app.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The starting points of File › New from Template: small scenario files shipped in the app's resources,
 * each a common CDN shape to change rather than draw from nothing. A template opens as a new untitled
 * document (Save asks where), unlike a sample, which is a worked example.
 */
public final class Templates {

    public static final String FOLDER = "/dev/cdnx/app/templates/";

    /** One template: its resource name and the words of the menu. */
    public record Template(String id, String title, String help) {}

    /** In the menu's order, simplest first. */
    public static final List<Template> ALL = List.of(
            new Template("single-edge", "Single Edge", "Users, one edge cache, the origin"),
            new Template("edge-shield", "Edges and a Shield", "Two edges fetching through one shield cache"),
            new Template("multi-cdn", "Multi-CDN", "DNS steering between two providers' edges"),
            new Template(
                    "regional-caches",
                    "Regional Caches",
                    "Edges behind the regional cache of their part of the world"));

    private Templates() {}

    /** The text of a template, or null when there is none of that name. */
    public static String read(String id) {
        try (InputStream in = Templates.class.getResourceAsStream(FOLDER + id + ".json")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }
}
