// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The checks every report's output must pass whatever text it holds: HTML without executable markup
 * or external resources, CSV without live formulas, Markdown without raw HTML or links.
 */
public final class SafeOutput {

    private static final List<String> FORBIDDEN_ELEMENTS = List.of(
            "script", "img", "iframe", "object", "embed", "link", "base", "form", "a", "image", "use",
            "foreignobject", "animate", "set");

    private SafeOutput() {
    }

    /**
     * Asserts that a page has no element that runs, loads or links anything, and no attribute that
     * does.
     *
     * @param page the parsed page
     */
    public static void assertNoExecutableMarkupOrExternalResource(Document page) {
        for (Element element : HtmlDocuments.elements(page)) {
            assertThat(element.getTagName().toLowerCase(Locale.ROOT)).isNotIn(FORBIDDEN_ELEMENTS);
            for (Attr attribute : HtmlDocuments.attributes(element)) {
                String name = attribute.getName().toLowerCase(Locale.ROOT);
                String value = attribute.getValue().toLowerCase(Locale.ROOT);
                assertThat(name).as("attribute of <%s>", element.getTagName())
                        .doesNotStartWith("on").isNotIn("src", "href", "xlink:href", "srcdoc", "action", "style");
                assertThat(value).as("attribute %s of <%s>", name, element.getTagName())
                        .doesNotContain("javascript:");
                if (!name.equals("title") && !name.equals("content")) {
                    assertThat(value).as("attribute %s of <%s>", name, element.getTagName())
                            .doesNotContain("http:", "https:", "//");
                }
            }
        }
    }

    /**
     * Asserts that no field of some CSV records starts with a character spreadsheets read as the
     * start of a formula ({@code -} excepted, which starts negative numbers).
     *
     * @param records the records, header included
     */
    public static void assertNoFormula(List<List<String>> records) {
        for (List<String> record : records) {
            for (String field : record) {
                assertThat(field).as("field").doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@")
                        .doesNotStartWith("\t").doesNotStartWith("\r");
            }
        }
    }

    /**
     * Asserts that Markdown holds no raw HTML other than {@code <br>} and no link or image syntax.
     *
     * @param markdown the Markdown text
     */
    public static void assertNoRawHtmlOrLinks(String markdown) {
        assertThat(markdown.replace("<br>", "").replace("\\<", "").replace("\\[", "").replace("\\]", ""))
                .doesNotContain("<", "[", "]");
    }
}
