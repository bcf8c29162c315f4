// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.enslocal.reporting.sample.HtmlDocuments;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ChartTest {

    private static final String HOSTILE = "<script>alert(1)</script>\"' & \u0001\uD800";

    private static final BarChart COMPLIANCE = new BarChart("compliance", "Compliance", "Compliance index by municipality",
            BigDecimal.valueOf(100), List.of(
                    new BarChart.Bar("Manresa", new BigDecimal("85.0"), "85.0%"),
                    new BarChart.Bar("Navarcles", new BigDecimal("120"), "120.0%"),
                    new BarChart.Bar(HOSTILE, BigDecimal.ZERO, HOSTILE)));

    private static final StackedBarChart STATUSES = new StackedBarChart("statuses", HOSTILE, HOSTILE, List.of(
            new StackedBarChart.Segment("Compliant", 1, "1", Tone.MET),
            new StackedBarChart.Segment("Partial", 1, "1", Tone.PARTLY_MET),
            new StackedBarChart.Segment(HOSTILE, 1, "1", Tone.FAILED)));

    private static final HeatMap GROUPS = new HeatMap("groups", HOSTILE, HOSTILE, List.of("org", HOSTILE), List.of(
            new HeatMap.Row("Manresa", List.of(HeatMap.Tile.of(new BigDecimal("0.75"), "75%"), HeatMap.Tile.empty("—"))),
            new HeatMap.Row(HOSTILE, List.of(HeatMap.Tile.of(BigDecimal.ONE, HOSTILE), HeatMap.Tile.of(BigDecimal.ZERO, "0%")))),
            List.of(HeatMap.Tile.of(BigDecimal.ZERO, "0%"), HeatMap.Tile.of(BigDecimal.ONE, "100%"), HeatMap.Tile.empty(HOSTILE)));

    private static Document parse(Svg svg) throws IOException {
        return HtmlDocuments.parse(svg.markup());
    }

    @Test
    void toSvg_everyChart_isWellFormedAccessibleImageWithoutScript() throws IOException {
        for (Svg svg : List.of(COMPLIANCE.toSvg(), STATUSES.toSvg(), GROUPS.toSvg())) {
            Document document = parse(svg);
            Element root = document.getDocumentElement();

            assertThat(root.getTagName()).isEqualTo("svg");
            assertThat(root.getAttribute("role")).isEqualTo("img");
            String id = root.getAttribute("id");
            assertThat(root.getAttribute("aria-labelledby")).isEqualTo(id + "-title " + id + "-desc");
            assertThat(HtmlDocuments.elements(document)).extracting(Element::getTagName)
                    .contains("title", "desc").doesNotContain("script", "foreignObject", "a", "image", "use");
            assertThat(svg.markup()).doesNotContain("<script", "\u0001", "\uD800");
        }
    }

    @Test
    void toSvg_hostileText_isKeptAsEscapedText() throws IOException {
        Document document = parse(STATUSES.toSvg());

        assertThat(document.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("<script>alert(1)</script>\"' & \uFFFD\uFFFD");
    }

    @Test
    void toSvg_barAboveMaximum_isDrawnFullWidth() throws IOException {
        List<Element> rects = HtmlDocuments.elements(parse(COMPLIANCE.toSvg())).stream()
                .filter(element -> element.getTagName().equals("rect")).toList();

        assertThat(rects).extracting(rect -> rect.getAttribute("width")).containsExactly("289", "340", "0");
    }

    @Test
    void toSvg_equalSegments_shareTheBarWithoutGaps() throws IOException {
        List<Element> rects = HtmlDocuments.elements(parse(STATUSES.toSvg())).stream()
                .filter(element -> element.getTagName().equals("rect")).limit(3).toList();

        assertThat(rects).extracting(rect -> rect.getAttribute("x")).containsExactly("20", "220", "420");
        assertThat(rects).extracting(rect -> rect.getAttribute("width")).containsExactly("200", "200", "200");
    }

    @Test
    void toSvg_failedPart_isVermillionStripedWithWhiteAndOtherTonesKeepTheirColours() throws IOException {
        List<Element> rects = HtmlDocuments.elements(parse(STATUSES.toSvg())).stream()
                .filter(element -> element.getTagName().equals("rect")).toList();

        assertThat(rects).extracting(rect -> rect.getAttribute("fill")).startsWith("#0072b2", "#56b4e9", "#d55e00")
                .contains("#ffffff").doesNotContain("#009e73");
        assertThat(STATUSES.toSvg().markup()).doesNotContain("url(", "pattern");
        assertThat(new StackedBarChart("plain", "t", "d", List.of(new StackedBarChart.Segment("Done", 1, "1", Tone.MET)))
                .toSvg().markup()).doesNotContain("#ffffff");
    }

    @Test
    void tone_withMeaning_isNeverGreen() {
        for (Tone tone : Tone.values()) {
            if (tone != Tone.CATEGORY) {
                assertThat(tone.color(0)).isNotIn("#009e73", "#00ff00", "#008000");
            }
        }
    }

    @Test
    void toSvg_heatMapLegend_drawsEachSwatchWithItsText() throws IOException {
        List<Element> texts = HtmlDocuments.elements(parse(GROUPS.toSvg())).stream()
                .filter(element -> element.getTagName().equals("text")).toList();

        assertThat(texts.subList(texts.size() - 3, texts.size())).extracting(Element::getTextContent)
                .containsExactly("0%", "100%", SvgMarkup.shorten("<script>alert(1)</script>\"' & \uFFFD\uFFFD", 20));
    }

    @Test
    void ranked_barsOfEqualValue_keepTheGivenOrder() {
        BarChart chart = new BarChart("c", "t", "d", BigDecimal.TEN, List.of(
                new BarChart.Bar("Artés", BigDecimal.ONE, "1"), new BarChart.Bar("Avinyó", BigDecimal.TEN, "10"),
                new BarChart.Bar("Balsareny", BigDecimal.ONE, "1")));

        assertThat(chart.ranked().bars()).extracting(BarChart.Bar::label).containsExactly("Avinyó", "Artés", "Balsareny");
    }

    @Test
    void toSvg_sameChartTwice_givesSameMarkup() {
        assertThat(GROUPS.toSvg()).isEqualTo(GROUPS.toSvg());
        assertThat(GROUPS.toSvg().markup()).contains("fill=\"#e0e0e0\"", "fill=\"#08306b\"", "fill=\"#f7fbff\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Compliance", "1chart", "chart\"onload=\"x", "chart id"})
    void constructor_invalidId_throws(String id) {
        assertThatThrownBy(() -> new StackedBarChart(id, "t", "d", List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Invalid chart id '" + id + "'");
    }

    @Test
    void constructor_rowWithWrongTileCount_throws() {
        assertThatThrownBy(() -> new HeatMap("h", "t", "d", List.of("org", "op"),
                List.of(new HeatMap.Row("Manresa", List.of(HeatMap.Tile.empty("—")))), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid heat map row 'Manresa': it has 1 tiles, expected one per column (2)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.01", "1.01"})
    void tile_ratioOutsideZeroToOne_throws(String ratio) {
        assertThatThrownBy(() -> HeatMap.Tile.of(new BigDecimal(ratio), "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid heat map ratio " + ratio + ", expected 0 to 1, e.g. 0.75");
    }

    @Property
    void number_anyValue_isPlainRootLocaleTextWithAtMostTwoDecimals(
            @ForAll @DoubleRange(min = -1e9, max = 1e9) double value) {
        String text = SvgMarkup.number(value);

        assertThat(text).matches("-?\\d+(\\.\\d{1,2})?");
        assertThat(new BigDecimal(text).subtract(BigDecimal.valueOf(value)).abs())
                .isLessThanOrEqualTo(new BigDecimal("0.005"));
    }

    @Property
    void escape_anyText_leavesNoMarkupCharacter(@ForAll String text) {
        assertThat(SvgMarkup.escape(text)).doesNotContain("<", ">", "\"", "'");
    }

    @Property
    void shade_higherRatio_isNeverLighter(@ForAll @DoubleRange(min = 0, max = 1) double ratio) {
        int lower = Integer.parseInt(HeatMap.shade(ratio).substring(1, 3), 16);
        int higher = Integer.parseInt(HeatMap.shade(Math.min(1, ratio + 0.1)).substring(1, 3), 16);

        assertThat(higher).isLessThanOrEqualTo(lower);
    }
}
