package dev.cdnx.app.run;

import static dev.cdnx.app.run.FxTestSupport.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.Group;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An origin's badge whose figures change but not its size is written into the image it has. */
class BadgeImageReuseTest {

    @BeforeAll
    static void fxUp() {
        FxTestSupport.startFx();
    }

    @Test
    void newFiguresOfTheSameSizeReuseTheImage() {
        long[] made = fx(() -> {
            ThemeColors c = new ThemeColors(new Group().getChildren());
            CounterSprites draw = new CounterSprites(1, 1);
            BadgeViews badges = new BadgeViews();
            long[] out = new long[3];
            for (int check = 0; check < 10; check++) {
                String load = "load " + check + "/100";
                double share = 0.01 * check;
                badges.show(0, load, () -> draw.origin(c, "200", load, share, false, false, 0, -20), 50, 50, 0, 0, 1);
            }
            ImageView v = (ImageView) badges.group.getChildren().get(0);
            Image shown = v.getImage();
            out[0] = badges.imagesMade;
            // the last figures are what the reused image shows: the pixels of a new image of them
            Sprite fresh = draw.origin(c, "200", "load 9/100", 0.09, false, false, 0, -20);
            WritableImage afresh = new WritableImage(fresh.width, fresh.height);
            afresh.getPixelWriter()
                    .setPixels(
                            0,
                            0,
                            fresh.width,
                            fresh.height,
                            PixelFormat.getIntArgbPreInstance(),
                            fresh.argb,
                            0,
                            fresh.width);
            int differing = 0;
            for (int y = 0; y < fresh.height; y++) {
                for (int x = 0; x < fresh.width; x++) {
                    differing += shown.getPixelReader().getArgb(x, y)
                                    == afresh.getPixelReader().getArgb(x, y)
                            ? 0
                            : 1;
                }
            }
            out[1] = differing;
            badges.show(
                    0,
                    "wider",
                    () -> draw.origin(c, "2,000,000", "load 99/100", 0.99, false, false, 0, -20),
                    50,
                    50,
                    0,
                    0,
                    1);
            out[2] = badges.imagesMade;
            return out;
        });
        assertEquals(1, made[0], "ten checks with new load lines of one size: one image");
        assertEquals(0, made[1], "pixels unlike the badge drawn afresh");
        assertEquals(2, made[2], "a wider badge gets a new image");
    }
}
