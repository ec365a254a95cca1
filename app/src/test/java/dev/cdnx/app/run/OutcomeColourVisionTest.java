package dev.cdnx.app.run;

import static dev.cdnx.app.theme.Wcag.linear;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.app.theme.Theme;
import dev.cdnx.app.theme.ThemeProbe;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The outcome colours stay apart for viewers with the three common colour-vision deficiencies (#17): each
 * theme's dot colours are passed through the Machado, Oliveira and Fernandes (2009) simulation at full
 * severity (protanopia, deuteranopia, tritanopia; their matrices act on linear RGB), and every pair must stay
 * at least {@link #MIN_DELTA_E} apart in CIELAB (ΔE*ab, D65). The shapes tell the outcomes apart as well;
 * this keeps colour a second, independent cue.
 */
class OutcomeColourVisionTest {

    /** Clearly different side by side; the Okabe–Ito outcomes keep about 13.5 under the worst simulation. */
    static final double MIN_DELTA_E = 12;

    private static final double[][] PROTANOPIA = {
        {0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}
    };
    private static final double[][] DEUTERANOPIA = {
        {0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}
    };
    private static final double[][] TRITANOPIA = {
        {1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}
    };

    @BeforeAll
    static void fx() {
        FxTestSupport.startFx();
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void outcomeColoursStayApartUnderEachDeficiency(Theme theme) {
        List<String> names = new ArrayList<>();
        for (int c = 0; c < DotClass.COUNT; c++) {
            names.add(ThemeColors.dotColorName(c));
        }
        Map<String, Color> colours = FxTestSupport.fx(() -> ThemeProbe.resolve(theme, names));
        List<String> close = new ArrayList<>();
        Map<String, double[][]> deficiencies =
                Map.of("protanopia", PROTANOPIA, "deuteranopia", DEUTERANOPIA, "tritanopia", TRITANOPIA);
        deficiencies.forEach((name, m) -> {
            for (int a = 0; a < DotClass.COUNT; a++) {
                for (int b = a + 1; b < DotClass.COUNT; b++) {
                    double d = deltaE(
                            lab(simulate(m, colours.get(names.get(a)))), lab(simulate(m, colours.get(names.get(b)))));
                    if (d < MIN_DELTA_E) {
                        close.add(String.format(
                                "%s: %s and %s are %.1f apart", name, DotClass.label(a), DotClass.label(b), d));
                    }
                }
            }
        });
        assertTrue(close.isEmpty(), theme + " theme: " + close);
    }

    /** The colour as the deficient eye sees it: linear RGB times the matrix, clamped to the gamut. */
    static double[] simulate(double[][] m, Color c) {
        double[] rgb = {linear(c.getRed()), linear(c.getGreen()), linear(c.getBlue())};
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            out[i] = Math.max(0, Math.min(1, m[i][0] * rgb[0] + m[i][1] * rgb[1] + m[i][2] * rgb[2]));
        }
        return out;
    }

    /** CIELAB (D65) of a linear RGB colour. */
    static double[] lab(double[] rgb) {
        double x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047;
        double y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
        double z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    static double deltaE(double[] p, double[] q) {
        return Math.sqrt(Math.pow(p[0] - q[0], 2) + Math.pow(p[1] - q[1], 2) + Math.pow(p[2] - q[2], 2));
    }

    private static double f(double t) {
        return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
    }
}
