package dev.cdnx.app.theme;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * The colours a Canvas drawing needs, as styleable properties of the canvas region so the theme
 * stylesheet sets them ({@code -cdn-paint-*} in {@code .cdn-canvas}, fed from the {@code -cdn-*}
 * looked-up colours). Defaults are the light theme's.
 */
public final class CanvasPaints {

    /** One colour the canvas draws with. */
    public enum Key {
        SEA("#e8f1f8"),
        LAND("#f6f8f3"),
        COAST("#b9c7b4"),
        GRID("#1f232812"),
        LINK("#6e7781"),
        LINK_TYPED("#424a53"),
        LINK_SELECTED("#fb8f44"),
        USERS("#8250df"),
        EDGE("#0969da"),
        SHIELD("#1a7f37"),
        ORIGIN("#cf222e"),
        STEERING("#bf8700"),
        MINIMAP_BG("#ffffffe6"),
        MINIMAP_VIEW("#0969da"),
        PROBLEM("#d1242f"),
        NODE_INK("#ffffff");

        private final String fallbackWeb;

        Key(String web) {
            fallbackWeb = web;
        }

        /** The colour until the stylesheet has applied. */
        Color fallback() {
            return Color.web(fallbackWeb);
        }

        String cssName() {
            return "-cdn-paint-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** Something that owns a set of canvas paints. */
    public interface Owner {
        CanvasPaints paints();
    }

    private final Map<Key, StyleableObjectProperty<Paint>> props = new EnumMap<>(Key.class);
    private static final Map<Key, CssMetaData<Region, Paint>> META = new EnumMap<>(Key.class);
    private static final List<CssMetaData<? extends Styleable, ?>> ALL;

    static {
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Region.getClassCssMetaData());
        for (Key k : Key.values()) {
            CssMetaData<Region, Paint> m =
                    new CssMetaData<>(k.cssName(), StyleConverter.getPaintConverter(), k.fallback()) {
                        @Override
                        public boolean isSettable(Region r) {
                            return r instanceof Owner;
                        }

                        @SuppressWarnings("unchecked")
                        @Override
                        public StyleableProperty<Paint> getStyleableProperty(Region r) {
                            return ((Owner) r).paints().props.get(k);
                        }
                    };
            META.put(k, m);
            all.add(m);
        }
        ALL = Collections.unmodifiableList(all);
    }

    public CanvasPaints(Region owner, Runnable onChange) {
        for (Key k : Key.values()) {
            StyleableObjectProperty<Paint> p =
                    new SimpleStyleableObjectProperty<>(META.get(k), owner, k.cssName(), k.fallback());
            p.addListener((o, a, b) -> onChange.run());
            props.put(k, p);
        }
    }

    public Paint get(Key k) {
        return props.get(k).get();
    }

    /** Region's CSS metadata plus the paints, for {@code getCssMetaData()} of the owner. */
    public static List<CssMetaData<? extends Styleable, ?>> cssMetaData() {
        return ALL;
    }
}
