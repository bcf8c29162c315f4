// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.spi;

import io.github.enslocal.core.ens.MeasureId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What an evidence rule found: a graded statement about one measure, or about the system as a
 * whole, with the records that caused it.
 *
 * <p>Findings sort by measure (system-wide findings first), grade (most serious first), rule id,
 * message, then subjects, so that results list them in a stable order. This class is immutable
 * and thread-safe.
 *
 * @param ruleId the id of the rule that produced the finding, e.g. {@code "end-of-support-and-patching"}
 * @param measure the measure the finding is about, or empty for a finding about the system as a
 *     whole, such as an overdue audit (RD 311/2022 art. 31)
 * @param grade how serious it is
 * @param message what was found, as a sentence fragment without the subject ids, e.g.
 *     {@code "2 servers out of vendor support"}
 * @param subjects the records that caused it, sorted and without duplicates
 */
public record Finding(String ruleId, Optional<MeasureId> measure, FindingGrade grade, String message,
        List<Subject> subjects) implements Comparable<Finding> {

    /** The number of subject ids {@link #describe()} prints before an ellipsis. */
    public static final int SUBJECTS_SHOWN = 3;

    private static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding finding) -> finding.measure().orElse(null), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Finding::grade)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message)
            .thenComparing(Finding::subjects, Finding::compareSubjects);

    /**
     * Creates a finding, sorting the subjects and dropping duplicates.
     *
     * @param ruleId the rule id, not blank
     * @param measure the measure, or empty for a system-wide finding; null means empty
     * @param grade the grade, not null
     * @param message the message, not blank
     * @param subjects the subjects; null means none
     * @throws NullPointerException if {@code ruleId}, {@code grade}, {@code message} or a subject is null
     * @throws IllegalArgumentException if {@code ruleId} or {@code message} is blank
     */
    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(message, "message");
        if (ruleId.isBlank() || message.isBlank()) {
            throw new IllegalArgumentException("A finding needs a rule id and a message, got '" + ruleId + "' and '"
                    + message + "', e.g. 'end-of-support-and-patching' and '2 servers out of vendor support'");
        }
        measure = measure == null ? Optional.empty() : measure;
        subjects = subjects == null ? List.of() : subjects.stream()
                .map(subject -> Objects.requireNonNull(subject, "subject")).distinct().sorted().toList();
    }

    /**
     * Obtains a finding about a measure.
     *
     * @param ruleId the rule id, not blank
     * @param measure the measure, not null
     * @param grade the grade, not null
     * @param message the message, not blank
     * @param subjects the subjects, not null
     * @return the finding
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code ruleId} or {@code message} is blank
     */
    public static Finding of(String ruleId, MeasureId measure, FindingGrade grade, String message,
            Collection<Subject> subjects) {
        return new Finding(ruleId, Optional.of(measure), grade, message, List.copyOf(subjects));
    }

    /**
     * Obtains a finding about the system as a whole rather than one measure.
     *
     * @param ruleId the rule id, not blank
     * @param grade the grade, not null
     * @param message the message, not blank
     * @param subjects the subjects, not null
     * @return the finding
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code ruleId} or {@code message} is blank
     */
    public static Finding ofSystem(String ruleId, FindingGrade grade, String message, Collection<Subject> subjects) {
        return new Finding(ruleId, Optional.empty(), grade, message, List.copyOf(subjects));
    }

    /**
     * Returns the message followed by the first {@value #SUBJECTS_SHOWN} subject ids, the clause a
     * verdict prints.
     *
     * @return e.g. {@code "2 servers out of vendor support (srv-navarcles-01, srv-navarcles-02)"}, or
     *     {@code "… (a, b, c, …)"} when there are more subjects
     */
    public String explanation() {
        if (subjects.isEmpty()) {
            return message;
        }
        String shown = subjects.stream().limit(SUBJECTS_SHOWN).map(Subject::id).collect(Collectors.joining(", "));
        return message + " (" + shown + (subjects.size() > SUBJECTS_SHOWN ? ", …" : "") + ")";
    }

    /**
     * Returns the finding as a sentence reports print.
     *
     * @return e.g. {@code "MAJOR op.exp.4 [end-of-support-and-patching]: 2 servers out of vendor
     *     support (srv-navarcles-01, srv-navarcles-02)"}, or with {@code "system"} in place of the
     *     measure for a system-wide finding
     */
    public String describe() {
        return grade + " " + measure.map(MeasureId::toString).orElse("system") + " [" + ruleId + "]: " + explanation();
    }

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
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
     * Returns the finding as a sentence.
     *
     * @return {@link #describe()}
     */
    @Override
    public String toString() {
        return describe();
    }
}
