// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.chart;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A grid of shaded tiles, one row per item and one column per group, such as the compliance of each
 * municipality in each group of ENS measures. Darker means a higher ratio; the scale is one blue hue
 * from light to dark, readable by colour-blind readers and in grey print, and every tile also shows
 * its value as text. A legend below the grid shows the shades of some values and what a grey tile
 * means. This class is immutable and thread-safe.
 *
 * @param id the element id, unique in the page: lower-case letters, digits and hyphens
 * @param title the accessible name
 * @param description the text alternative
 * @param columns the column headings, e.g. {@code org}, {@code op.pl}, {@code mp.if}
 * @param rows the rows, each with one tile per column
 * @param legend the tiles of the legend, each drawn as a swatch followed by its text, e.g. the tiles of
 *     0 %, 50 % and 100 % and an empty tile "no required measure"
 */
public record HeatMap(String id, String title, String description, List<String> columns, List<Row> rows,
        List<Tile> legend) {

    private static final double LABEL_WIDTH = 200;
    private static final double TILE_WIDTH = 64;
    private static final double TILE_HEIGHT = 24;
    private static final double HEADER = 24;
    private static final int[] LIGHT = {0xf7, 0xfb, 0xff};
    private static final int[] DARK = {0x08, 0x30, 0x6b};
    private static final String NO_VALUE_FILL = "#e0e0e0";
    private static final String INK = "#1a1a1a";
    private static final double LEGEND_ITEM = 150;
    private static final double SWATCH = 14;

    /**
     * Creates a heat map, checking its shape.
     *
     * @param id the element id
     * @param title the accessible name
     * @param description the text alternative
     * @param columns the column headings
     * @param rows the rows
     * @param legend the legend's tiles
     * @throws NullPointerException if any argument, heading, row or legend tile is null
     * @throws IllegalArgumentException if {@code id} is not lower-case letters, digits and hyphens
     *     starting with a letter, or a row has not one tile per column
     */
    public HeatMap {
        SvgMarkup.checkLabels(id, title, description);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        legend = List.copyOf(legend);
        for (Row row : rows) {
            if (row.tiles().size() != columns.size()) {
                throw new IllegalArgumentException("Invalid heat map row '" + row.label() + "': it has "
                        + row.tiles().size() + " tiles, expected one per column (" + columns.size() + ")");
            }
        }
    }

    /**
     * Draws the heat map. Row labels longer than 26 characters, column headings longer than 9 and
     * tile texts longer than 8 are cut; the full texts are in each tile's tooltip. The legend's items
     * follow in one line below the grid, their texts cut at 20 characters.
     *
     * @return the SVG image
     */
    public Svg toSvg() {
        double width = Math.max(LABEL_WIDTH + TILE_WIDTH * columns.size(), LABEL_WIDTH + LEGEND_ITEM * legend.size()) + 8;
        double legendTop = HEADER + TILE_HEIGHT * rows.size() + 8;
        double height = legendTop + (legend.isEmpty() ? 0 : SWATCH + 8);
        SvgMarkup svg = SvgMarkup.start(id, title, description, width, height);
        for (int c = 0; c < columns.size(); c++) {
            svg.text(LABEL_WIDTH + TILE_WIDTH * c + TILE_WIDTH / 2, HEADER / 2, "middle", INK,
                    SvgMarkup.shorten(columns.get(c), 9));
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            double y = HEADER + TILE_HEIGHT * r;
            svg.text(LABEL_WIDTH - 8, y + TILE_HEIGHT / 2, "end", INK, SvgMarkup.shorten(row.label(), 26));
            for (int c = 0; c < columns.size(); c++) {
                Tile tile = row.tiles().get(c);
                double x = LABEL_WIDTH + TILE_WIDTH * c;
                double ratio = tile.ratio().map(BigDecimal::doubleValue).orElse(-1.0);
                String ink = ratio > 0.5 ? "#ffffff" : INK;
                svg.rect(x + 1, y + 1, TILE_WIDTH - 2, TILE_HEIGHT - 2, fill(tile),
                                row.label() + " · " + columns.get(c) + ": " + tile.text())
                        .text(x + TILE_WIDTH / 2, y + TILE_HEIGHT / 2, "middle", ink, SvgMarkup.shorten(tile.text(), 8));
            }
        }
        for (int i = 0; i < legend.size(); i++) {
            Tile tile = legend.get(i);
            double x = LABEL_WIDTH + LEGEND_ITEM * i;
            svg.rect(x, legendTop, SWATCH, SWATCH, fill(tile), "")
                    .text(x + SWATCH + 6, legendTop + SWATCH / 2, "start", INK, SvgMarkup.shorten(tile.text(), 20));
        }
        return svg.end();
    }

    private static String fill(Tile tile) {
        return tile.ratio().map(ratio -> shade(ratio.doubleValue())).orElse(NO_VALUE_FILL);
    }

    /** Returns the colour of a ratio from 0 (lightest) to 1 (darkest) as {@code #rrggbb}. */
    static String shade(double ratio) {
        double t = Math.max(0, Math.min(1, ratio));
        StringBuilder color = new StringBuilder("#");
        for (int i = 0; i < 3; i++) {
            int channel = (int) Math.round(LIGHT[i] + (DARK[i] - LIGHT[i]) * t);
            // Two lower-case hex digits without String.format: a national heat map has 130,000 tiles.
            color.append(Character.forDigit(channel >> 4, 16)).append(Character.forDigit(channel & 0xF, 16));
        }
        return color.toString();
    }

    /**
     * One row of tiles.
     *
     * @param label what the row stands for, e.g. a municipality name
     * @param tiles one tile per column
     */
    public record Row(String label, List<Tile> tiles) {

        /**
         * Creates a row.
         *
         * @param label what the row stands for
         * @param tiles one tile per column
         * @throws NullPointerException if {@code label}, {@code tiles} or a tile is null
         */
        public Row {
            Objects.requireNonNull(label, "label");
            tiles = List.copyOf(tiles);
        }
    }

    /**
     * One tile.
     *
     * @param ratio its shade from 0 to 1, or empty when there is no value (drawn grey)
     * @param text the value as the report shows it, e.g. {@code "75 %"} or {@code "—"}
     */
    public record Tile(Optional<BigDecimal> ratio, String text) {

        /**
         * Creates a tile.
         *
         * @param ratio its shade from 0 to 1, or empty; null is taken as empty
         * @param text the value as shown
         * @throws NullPointerException if {@code text} is null
         * @throws IllegalArgumentException if {@code ratio} is below 0 or above 1
         */
        public Tile {
            ratio = ratio == null ? Optional.empty() : ratio;
            Objects.requireNonNull(text, "text");
            ratio.ifPresent(value -> {
                if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
                    throw new IllegalArgumentException(
                            "Invalid heat map ratio " + value + ", expected 0 to 1, e.g. 0.75");
                }
            });
        }

        /**
         * Obtains a tile with a value.
         *
         * @param ratio its shade from 0 to 1
         * @param text the value as shown
         * @return the tile
         * @throws NullPointerException if any argument is null
         * @throws IllegalArgumentException if {@code ratio} is below 0 or above 1
         */
        public static Tile of(BigDecimal ratio, String text) {
            return new Tile(Optional.of(ratio), text);
        }

        /**
         * Obtains a tile without a value, drawn grey.
         *
         * @param text what to show, e.g. {@code "—"}
         * @return the tile
         * @throws NullPointerException if {@code text} is null
         */
        public static Tile empty(String text) {
            return new Tile(Optional.empty(), text);
        }
    }
}
