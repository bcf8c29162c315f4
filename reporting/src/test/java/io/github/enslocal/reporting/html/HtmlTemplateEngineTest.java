// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.enslocal.reporting.ReportLanguage;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlTemplateEngineTest {

    private static final HtmlTemplateEngine ENGINE = HtmlTemplateEngine.create();

    private static String render(String template, Map<String, ?> variables) throws IOException {
        StringWriter out = new StringWriter();
        ENGINE.render(template, variables, ReportLanguage.CA, out);
        return out.toString();
    }

    @Test
    void render_layout_isSelfContainedStrictPage() throws IOException {
        String html = render("layout", Map.of("title", "Informe <b>"));

        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"ca\">\n<head>\n<meta charset=\"utf-8\" />\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "style-src 'unsafe-inline'; img-src data:\" />");
        assertThat(html).contains("<title>Informe &lt;b&gt;</title>", "@page { size: A4;",
                "thead { display: table-header-group; }");
        assertThat(html).doesNotContain("<script", "http:", "https:", "url(", "<link", "<img");
    }

    @Test
    void render_undefinedVariable_failsInsteadOfPrintingNothing() {
        assertThatThrownBy(() -> render("layout", Map.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("HTML template 'layout' failed:");
    }

    @Test
    void render_templateCallingAJavaMethod_isRefused() {
        assertThatThrownBy(() -> render("method-call", Map.of("title", "Manresa")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("HTML template 'method-call' failed:");
    }

    @Test
    void render_stringThroughSvgFilter_isRefused() {
        assertThatThrownBy(() -> render("raw-svg", Map.of("title", "t", "chart", "<script>alert(1)</script>")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Filter 'svg' takes Svg, not java.lang.String");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../layout", "Layout", "layout.peb", "/etc/passwd", "missing", ""})
    void render_invalidOrUnknownTemplate_throws(String name) {
        assertThatThrownBy(() -> render(name, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid HTML template '" + name
                        + "', expected the name of a template of this module, e.g. 'layout'");
    }
}
