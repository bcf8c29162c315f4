// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.cli;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds English in text meant to be Catalan or Spanish: words that English sentences cannot do
 * without and that neither language uses. Identifiers with hyphens (rule ids such as
 * {@code end-of-support-and-patching}) and constants are not sentences and are left out.
 */
final class EnglishWords {

    /** Function words and the evaluator's verbs, none of which is a Catalan or Spanish word. */
    private static final Set<String> WORDS = Set.of("the", "and", "with", "without", "is", "are", "was", "were",
            "of", "because", "which", "whose", "declared", "required", "missing", "found", "recorded", "assets",
            "applies", "months", "days", "years", "last", "not", "none", "system", "findings", "compliance",
            "maturity", "measures", "observation");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)+");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private EnglishWords() {
    }

    /**
     * Returns the English words a text contains.
     *
     * @param text the text
     * @return the words found, sorted; empty if none
     */
    static Set<String> in(String text) {
        String prose = IDENTIFIER.matcher(text).replaceAll(" ");
        Set<String> found = new TreeSet<>();
        Matcher matcher = WORD.matcher(prose);
        while (matcher.find()) {
            String word = matcher.group();
            if (WORDS.contains(word.toLowerCase(java.util.Locale.ROOT))) {
                found.add(word);
            }
        }
        return found;
    }

    /**
     * Returns the English words of several texts.
     *
     * @param texts the texts
     * @return the words found
     */
    static Set<String> in(List<String> texts) {
        Set<String> found = new TreeSet<>();
        texts.forEach(text -> found.addAll(in(text)));
        return found;
    }
}
