// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.training;

import io.github.enslocal.core.territory.IneCode;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A security awareness or training session given to the staff of one or more municipalities.
 *
 * <p>The constructor only normalises (a null set becomes empty and municipalities are kept in code
 * order; a null provider becomes empty); the constraints are checked when a dataset is validated.
 * This class is immutable and thread-safe.
 *
 * @param id the session's id, unique in its dataset
 * @param date the day the session was held
 * @param title the title, e.g. {@code "Pesca electrònica i contrasenyes segures"}
 * @param kind whether it was awareness (mp.per.3) or technical training (mp.per.4)
 * @param municipalities the municipalities whose staff attended, in code order
 * @param attendeeCount the number of people who attended, from all the municipalities together
 * @param hours the length of the session in hours, e.g. {@code 1.5}
 * @param provider who gave the session, such as the supporting body or a contractor
 */
public record TrainingSession(
        @NotBlank @Size(max = 64) String id,
        @NotNull LocalDate date,
        @NotBlank @Size(max = 200) String title,
        @NotNull TrainingKind kind,
        @NotEmpty Set<IneCode> municipalities,
        @Positive int attendeeCount,
        @NotNull @Positive @Digits(integer = 3, fraction = 2) BigDecimal hours,
        Optional<@Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") @Size(max = 200) String> provider) {

    /**
     * Creates a session, normalising null values and copying the municipalities.
     *
     * @param id the session's id
     * @param date the day of the session
     * @param title the title
     * @param kind the kind
     * @param municipalities the municipalities whose staff attended; null means none
     * @param attendeeCount the number of attendees
     * @param hours the length in hours
     * @param provider who gave the session
     * @throws NullPointerException if {@code municipalities} holds a null element
     */
    public TrainingSession {
        municipalities = municipalities == null
                ? Set.of()
                : Collections.unmodifiableSet(new TreeSet<>(municipalities));
        provider = Objects.requireNonNullElse(provider, Optional.empty());
    }

    /**
     * Returns whether staff of a municipality attended the session.
     *
     * @param municipality the municipality, not null
     * @return true if {@code municipality} is one of {@link #municipalities()}
     * @throws NullPointerException if {@code municipality} is null
     */
    public boolean wasAttendedBy(IneCode municipality) {
        return municipalities.contains(Objects.requireNonNull(municipality, "municipality"));
    }

    /**
     * Returns the training delivered in person-hours: the length of the session times the number
     * of attendees.
     *
     * @return {@code hours × attendeeCount}, e.g. {@code 18.0} for 12 people in a 1.5-hour session
     */
    public BigDecimal attendeeHours() {
        return hours.multiply(BigDecimal.valueOf(attendeeCount));
    }
}
