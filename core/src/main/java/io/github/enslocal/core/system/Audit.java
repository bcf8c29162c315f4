// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.system;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A conformity audit or self-assessment of an information system against the ENS.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param date the day the audit report was issued
 * @param kind whether it was a self-assessment or a certification audit
 * @param result the outcome
 * @param auditor who performed it, such as the certification body
 */
public record Audit(
        @NotNull LocalDate date,
        @NotNull AuditKind kind,
        @NotNull AuditResult result,
        Optional<@Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") @Size(max = 200) String> auditor) {

    /**
     * Creates an audit, turning a null auditor into an empty one.
     *
     * @param date the day of the report
     * @param kind the kind of audit
     * @param result the outcome
     * @param auditor who performed it
     */
    public Audit {
        auditor = Objects.requireNonNullElse(auditor, Optional.empty());
    }
}
