// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Java example of the README's "Embedding the library" section is the code the build compiles
 * and {@link EvaluateOneSystemTest} runs: the region between {@code // README:begin} and
 * {@code // README:end} in {@link EvaluateOneSystem}.
 */
class ReadmeExampleTest {

    private static final Path README = Path.of("../README.md");
    private static final Path SOURCE = Path.of("src/main/java/io/github/enslocal/samples/embedding/EvaluateOneSystem.java");
    private static final String HEADING = "## Embedding the library";
    private static final Pattern REGION = Pattern.compile("// README:begin\\R(.*?)\\R[ \\t]*// README:end", Pattern.DOTALL);
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\R(.*?)\\R```", Pattern.DOTALL);

    @Test
    void readmeExample_isTheRegionOfEvaluateOneSystem() throws IOException {
        String region = region();
        String example = readmeExample();

        assertThat(normalise(example))
                .as("The ```java block under '%s' in README.md differs from the region between // README:begin and"
                        + " // README:end in samples/%s. To refresh it, copy that region (without its indentation)"
                        + " into the block; it should read:%n%s", HEADING, SOURCE, dedent(region))
                .isEqualTo(normalise(region));
    }

    @Test
    void region_isAShortExample() throws IOException {
        assertThat(region().lines().filter(line -> !line.isBlank()).count()).isBetween(10L, 20L);
    }

    private static String region() throws IOException {
        Matcher matcher = REGION.matcher(Files.readString(SOURCE, StandardCharsets.UTF_8));
        assertThat(matcher.find()).as("%s has a // README:begin … // README:end region", SOURCE).isTrue();
        return matcher.group(1);
    }

    private static String readmeExample() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int heading = readme.indexOf("\n" + HEADING + "\n");
        assertThat(heading).as("README.md has a section '%s'", HEADING).isNotNegative();
        int next = readme.indexOf("\n## ", heading + 1);
        String section = readme.substring(heading, next < 0 ? readme.length() : next);
        Matcher matcher = JAVA_BLOCK.matcher(section);
        assertThat(matcher.find()).as("the section '%s' of README.md has a ```java block", HEADING).isTrue();
        return matcher.group(1);
    }

    /** Returns the code with every run of whitespace made one space, so indentation and wrapping do not count. */
    private static String normalise(String code) {
        return code.strip().replaceAll("\\s+", " ");
    }

    private static String dedent(String region) {
        List<String> lines = region.lines().toList();
        int indent = lines.stream().filter(line -> !line.isBlank())
                .mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
        return String.join("\n", lines.stream().map(line -> line.isBlank() ? "" : line.substring(indent)).toList());
    }
}
