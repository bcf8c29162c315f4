// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.spi;

import io.github.enslocal.core.ens.Category;
import io.github.enslocal.core.internal.text.MessageTemplates;
import io.github.enslocal.core.ens.MeasureId;
import io.github.enslocal.core.ens.ReinforcementId;
import io.github.enslocal.ens.internal.text.Texts;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What an evidence rule found: a graded statement about one part of a measure, or about the system
 * as a whole, with the records that caused it.
 *
 * <p>A finding is data, like a dataset {@link io.github.enslocal.core.dataset.Violation}: a stable
 * {@code code} names what was found (e.g. {@code patching.out-of-support}) and typed
 * {@code arguments} carry its values; the text is rendered at the edge, in the reader's language,
 * by {@link #message(Locale)} from the finding's {@link FindingTexts}. Argument values are
 * {@link Integer}, {@link Long}, {@link Quantity}, {@link LocalDate}, {@link Duration},
 * {@link MeasureId}, {@link ReinforcementId}, {@link Category} or {@link String}; each is formatted
 * for the language (a date {@code 07/03/2025} in Catalan and Spanish, {@code 7 March 2025} in
 * English; a category by its official Spanish name).
 *
 * <p>Findings sort by measure (system-wide findings first), grade (most serious first), rule id,
 * part, code, arguments, then subjects, so that results list them in a stable order. This class is
 * immutable and thread-safe.
 *
 * @param ruleId the id of the rule that produced the finding, e.g. {@code "end-of-support-and-patching"}
 * @param measure the measure the finding is about, or empty for a finding about the system as a
 *     whole, such as an overdue audit (RD 311/2022 art. 31)
 * @param part the reinforcement of the measure whose requirement the finding checks, e.g.
 *     {@code mp.eq.3.r1}, or empty when it checks the base requirement of the measure (or the
 *     system as a whole); the evaluator keeps a finding only where its part applies to the system
 * @param grade how serious it is
 * @param code what was found, stable across versions, e.g. {@code "patching.out-of-support"}
 * @param arguments the values the text refers to by name, sorted by name
 * @param subjects the records that caused it, sorted and without duplicates
 * @param texts where the text of {@code code} comes from
 */
public record Finding(String ruleId, Optional<MeasureId> measure, Optional<ReinforcementId> part, FindingGrade grade,
        String code, Map<String, Object> arguments, List<Subject> subjects, FindingTexts texts)
        implements Comparable<Finding> {

    /** The number of subject ids {@link #explanation(Locale)} prints before an ellipsis. */
    public static final int SUBJECTS_SHOWN = 3;

    /**
     * Creates a finding, sorting the subjects and dropping duplicates.
     *
     * @param ruleId the rule id, not blank
     * @param measure the measure, or empty for a system-wide finding; null means empty
     * @param part the reinforcement checked, of {@code measure}, or empty for the base requirement;
     *     null means empty
     * @param grade the grade, not null
     * @param code the code, not blank
     * @param arguments the arguments, of the types listed above; null means none
     * @param subjects the subjects; null means none
     * @param texts the texts, not null
     * @throws NullPointerException if {@code ruleId}, {@code grade}, {@code code}, {@code texts}, an
     *     argument name or value, or a subject is null
     * @throws IllegalArgumentException if {@code ruleId} or {@code code} is blank, an argument is of
     *     another type, or {@code part} is not a reinforcement of {@code measure}
     */
    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(texts, "texts");
        if (ruleId.isBlank() || code.isBlank()) {
            throw new IllegalArgumentException("A finding needs a rule id and a code, got '" + ruleId + "' and '"
                    + code + "', e.g. 'end-of-support-and-patching' and 'patching.out-of-support'");
        }
        measure = measure == null ? Optional.empty() : measure;
        part = part == null ? Optional.empty() : part;
        if (part.isPresent() && !measure.equals(Optional.of(part.get().measure()))) {
            throw new IllegalArgumentException("Invalid part " + part.get() + " of a finding about "
                    + measure.map(MeasureId::toString).orElse("the system") + ", expected a reinforcement of the"
                    + " measure, e.g. mp.eq.3.r1 for mp.eq.3");
        }
        arguments = arguments == null || arguments.isEmpty() ? Map.of() : checked(arguments);
        subjects = subjects == null ? List.of() : sortedDistinct(subjects);
    }

    /**
     * Obtains a finding about a measure whose message a host rule writes itself, the same in every
     * language; prefer {@link #of(String, MeasureId, FindingGrade, String, Map, Collection, FindingTexts)}
     * to give readers their language.
     *
     * @param ruleId the rule id, not blank; also the finding's code
     * @param measure the measure, not null
     * @param grade the grade, not null
     * @param message the message, not blank
     * @param subjects the subjects, not null
     * @return the finding, about the base requirement of the measure
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code ruleId} or {@code message} is blank
     */
    public static Finding of(String ruleId, MeasureId measure, FindingGrade grade, String message,
            Collection<Subject> subjects) {
        return new Finding(ruleId, Optional.of(measure), Optional.empty(), grade, ruleId, Map.of(), asList(subjects),
                FindingTexts.literal(message));
    }

    /**
     * Obtains a finding about a measure whose text comes from a catalogue.
     *
     * @param ruleId the rule id, not blank
     * @param measure the measure, not null
     * @param grade the grade, not null
     * @param code the code, not blank, a key of {@code texts}
     * @param arguments the arguments, not null
     * @param subjects the subjects, not null
     * @param texts the texts, not null
     * @return the finding, about the base requirement of the measure
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code ruleId} or {@code code} is blank or an argument is of
     *     a type not listed above
     */
    public static Finding of(String ruleId, MeasureId measure, FindingGrade grade, String code,
            Map<String, ?> arguments, Collection<Subject> subjects, FindingTexts texts) {
        return new Finding(ruleId, Optional.of(measure), Optional.empty(), grade, code,
                Map.copyOf(Objects.requireNonNull(arguments, "arguments")), asList(subjects), texts);
    }

    /**
     * Obtains a finding about the system as a whole rather than one measure, whose message a host
     * rule writes itself, the same in every language.
     *
     * @param ruleId the rule id, not blank; also the finding's code
     * @param grade the grade, not null
     * @param message the message, not blank
     * @param subjects the subjects, not null
     * @return the finding
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code ruleId} or {@code message} is blank
     */
    public static Finding ofSystem(String ruleId, FindingGrade grade, String message, Collection<Subject> subjects) {
        return new Finding(ruleId, Optional.empty(), Optional.empty(), grade, ruleId, Map.of(), asList(subjects),
                FindingTexts.literal(message));
    }

    /**
     * Returns what was found, in a language, without the subject ids.
     *
     * @param locale the language, not null; the built-in texts have Catalan, Spanish and English,
     *     and read English for any other
     * @return e.g. {@code "2 servers out of vendor support"}, or {@code "2 servidors sense suport del
     *     fabricant"} in Catalan
     */
    public String message(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        String template = texts.template(code, locale)
                .or(() -> texts.template(code, Locale.ENGLISH))
                .or(() -> FindingTexts.builtIn().template(code, locale))
                .orElse(code);
        Texts format = Texts.of(locale);
        return MessageTemplates.fill(template, name -> {
            Object value = arguments.get(name);
            return value == null ? null : format(value, locale, format);
        });
    }

    /**
     * Returns the message followed by the first {@value #SUBJECTS_SHOWN} subject ids, the clause a
     * verdict prints.
     *
     * @param locale the language, as for {@link #message(Locale)}
     * @return e.g. {@code "2 servers out of vendor support (srv-navarcles-01, srv-navarcles-02)"}, or
     *     {@code "… (a, b, c, …)"} when there are more subjects
     */
    public String explanation(Locale locale) {
        String message = message(locale);
        if (subjects.isEmpty()) {
            return message;
        }
        String shown = subjects.stream().limit(SUBJECTS_SHOWN).map(Subject::id).collect(Collectors.joining(", "));
        return message + " (" + shown + (subjects.size() > SUBJECTS_SHOWN ? ", …" : "") + ")";
    }

    /**
     * Returns the finding as one line, in a language.
     *
     * @param locale the language, as for {@link #message(Locale)}
     * @return e.g. {@code "MAJOR op.exp.4 [end-of-support-and-patching]: 2 servers out of vendor
     *     support (srv-navarcles-01, srv-navarcles-02)"} in English, with {@code "system"} in place of
     *     the measure for a system-wide finding and the part after the measure for a reinforcement
     *     ({@code "mp.eq.3 R1"})
     */
    public String describe(Locale locale) {
        Texts text = Texts.of(locale);
        String where = measure.map(MeasureId::toString).orElse(text.get("finding.system"))
                + part.map(reinforcement -> " R" + reinforcement.number()).orElse("");
        return text.get("finding.grade." + grade.name()) + " " + where + " [" + ruleId + "]: " + explanation(locale);
    }

    /**
     * Returns the finding as one line in English.
     *
     * @return {@link #describe(Locale)} in English
     */
    public String describe() {
        return describe(Locale.ENGLISH);
    }

    @Override
    public int compareTo(Finding other) {
        int result = compareMeasures(measure, other.measure);
        if (result == 0) {
            result = grade.compareTo(other.grade);
        }
        if (result == 0) {
            result = ruleId.compareTo(other.ruleId);
        }
        if (result == 0) {
            result = comparePart(part, other.part);
        }
        if (result == 0) {
            result = code.compareTo(other.code);
        }
        if (result == 0) {
            result = arguments.toString().compareTo(other.arguments.toString());
        }
        return result != 0 ? result : compareSubjects(subjects, other.subjects);
    }

    private static int comparePart(Optional<ReinforcementId> a, Optional<ReinforcementId> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return Boolean.compare(a.isPresent(), b.isPresent());
        }
        return a.get().compareTo(b.get());
    }

    private String format(Object value, Locale locale, Texts format) {
        if (value instanceof Integer number) {
            return format.integer(number);
        }
        if (value instanceof Long number) {
            return format.integer(number);
        }
        if (value instanceof LocalDate date) {
            return format.date(date);
        }
        if (value instanceof Duration duration) {
            return format.duration(duration);
        }
        if (value instanceof Category category) {
            return category.officialName();
        }
        if (value instanceof Quantity quantity) {
            return format.integer(quantity.count()) + " " + texts.template(quantity.nounKey(), locale)
                    .or(() -> FindingTexts.builtIn().template(quantity.nounKey(), locale)).orElse(quantity.unit());
        }
        return value.toString();
    }

    private static Map<String, Object> checked(Map<String, ?> arguments) {
        Map<String, Object> sorted = new TreeMap<>();
        arguments.forEach((name, value) -> {
            Objects.requireNonNull(name, "argument name");
            Objects.requireNonNull(value, () -> "argument " + name);
            if (!(value instanceof Integer || value instanceof Long || value instanceof Quantity
                    || value instanceof LocalDate || value instanceof Duration || value instanceof MeasureId
                    || value instanceof ReinforcementId || value instanceof Category || value instanceof String)) {
                throw new IllegalArgumentException("Invalid finding argument '" + name + "' of type "
                        + value.getClass().getName() + ", expected e.g. a Quantity, a LocalDate or a String");
            }
            sorted.put(name, value);
        });
        return Collections.unmodifiableMap(sorted);
    }

    /** System-wide findings (no measure) first. */
    private static int compareMeasures(Optional<MeasureId> a, Optional<MeasureId> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return Boolean.compare(a.isPresent(), b.isPresent());
        }
        return a.get().compareTo(b.get());
    }

    /** The constructor copies the list, so a list need not be copied before. */
    private static List<Subject> asList(Collection<Subject> subjects) {
        return subjects instanceof List<Subject> list ? list : new ArrayList<>(Objects.requireNonNull(subjects, "subjects"));
    }

    // Loops rather than a stream: rules create findings for every system evaluated, and most list
    // their subjects already sorted.
    private static List<Subject> sortedDistinct(List<Subject> subjects) {
        Subject[] sorted = subjects.toArray(Subject[]::new);
        boolean inOrder = true;
        for (int i = 0; i < sorted.length; i++) {
            Objects.requireNonNull(sorted[i], "subject");
            inOrder &= i == 0 || sorted[i - 1].compareTo(sorted[i]) < 0;
        }
        if (inOrder) {
            return Collections.unmodifiableList(Arrays.asList(sorted));
        }
        Arrays.sort(sorted);
        int kept = 0;
        for (Subject subject : sorted) {
            if (kept == 0 || !sorted[kept - 1].equals(subject)) {
                sorted[kept++] = subject;
            }
        }
        return Collections.unmodifiableList(Arrays.asList(Arrays.copyOf(sorted, kept)));
    }

    private static int compareSubjects(List<Subject> a, List<Subject> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int result = a.get(i).compareTo(b.get(i));
            if (result != 0) {
                return result;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    /**
     * Returns the finding as one line in English.
     *
     * @return {@link #describe()}
     */
    @Override
    public String toString() {
        return describe();
    }
}
