// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.cli;

import io.github.enslocal.reporting.ReportLanguage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The default of every command's {@code --lang}: the language of the user's locale, as POSIX
 * programs choose it. The first of {@code LC_ALL}, {@code LC_MESSAGES} and {@code LANG} that is set
 * and not empty decides; when it names Catalan, Spanish or English ({@code ca_ES.UTF-8},
 * {@code es}, {@code en_GB}) that language is the default, and otherwise ({@code C}, {@code POSIX},
 * {@code fr_FR}, nothing set) English is.
 *
 * <p>An option that takes several languages, such as {@code report --lang}, defaults to that
 * language first and then the others in the order ca, es, en. Options other than {@code --lang}
 * keep their own defaults. This class is immutable and thread-safe.
 */
final class LanguageDefault implements IDefaultValueProvider {

    /** The language when the environment names none of ca, es and en. */
    static final ReportLanguage FALLBACK = ReportLanguage.EN;

    private static final List<String> VARIABLES = List.of("LC_ALL", "LC_MESSAGES", "LANG");

    private final ReportLanguage language;

    /**
     * Creates the provider for an environment.
     *
     * @param environment the environment variables, such as {@link System#getenv()}
     */
    LanguageDefault(Map<String, String> environment) {
        this.language = of(environment);
    }

    /**
     * Returns the language an environment asks for.
     *
     * @param environment the environment variables
     * @return the language of the first locale variable set, or {@link #FALLBACK}
     */
    static ReportLanguage of(Map<String, String> environment) {
        Objects.requireNonNull(environment, "environment");
        for (String variable : VARIABLES) {
            String value = environment.get(variable);
            if (value != null && !value.isEmpty()) {
                String tag = value.split("[_.@-]", 2)[0].toLowerCase(Locale.ROOT);
                for (ReportLanguage candidate : ReportLanguage.values()) {
                    if (candidate.tag().equals(tag)) {
                        return candidate;
                    }
                }
                return FALLBACK;
            }
        }
        return FALLBACK;
    }

    @Override
    public String defaultValue(ArgSpec argument) {
        if (!(argument instanceof OptionSpec option) || !List.of(option.names()).contains("--lang")) {
            return null;
        }
        if (!option.isMultiValue()) {
            return language.tag();
        }
        List<ReportLanguage> ordered = new ArrayList<>(List.of(language));
        for (ReportLanguage other : ReportLanguage.values()) {
            if (other != language) {
                ordered.add(other);
            }
        }
        return ordered.stream().map(ReportLanguage::tag).collect(Collectors.joining(","));
    }
}
