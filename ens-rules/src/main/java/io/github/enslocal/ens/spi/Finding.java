// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.spi;

import io.github.enslocal.core.ens.MeasureId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
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
        subjects = subjects == null ? List.of() : sortedDistinct(subjects);
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
        return new Finding(ruleId, Optional.of(measure), grade, message, asList(subjects));
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
        return new Finding(ruleId, Optional.empty(), grade, message, asList(subjects));
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
        int result = compareMeasures(measure, other.measure);
        if (result == 0) {
            result = grade.compareTo(other.grade);
        }
        if (result == 0) {
            result = ruleId.compareTo(other.ruleId);
        }
        if (result == 0) {
            result = message.compareTo(other.message);
        }
        return result != 0 ? result : compareSubjects(subjects, other.subjects);
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
     * Returns the finding as a sentence.
     *
     * @return {@link #describe()}
     */
    @Override
    public String toString() {
        return describe();
    }
}
