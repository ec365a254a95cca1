package dev.cdnx.app.run;

import java.util.List;

/**
 * What a cache's picture shows: its rings in whole degrees ({@code hitDeg} and {@code coverDeg} -1: not
 * drawn), whether it is down, its counter lines (empty: no chip), where the chip's top-left corner stands from
 * the disc's centre in screen pixels, and whether a leader line ties a chip set apart to its disc. Equal
 * figures give equal pictures.
 */
record CacheFigures(
        int fillDeg,
        int hitDeg,
        int coverDeg,
        boolean down,
        List<String> lines,
        int chipX,
        int chipY,
        boolean leader) {}
