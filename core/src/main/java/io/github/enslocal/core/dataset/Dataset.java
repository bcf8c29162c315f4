// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.dataset;

import io.github.enslocal.core.assessment.AdequacyPlan;
import io.github.enslocal.core.assessment.MeasureAssessment;
import io.github.enslocal.core.asset.Asset;
import io.github.enslocal.core.convention.Convention;
import io.github.enslocal.core.incident.Incident;
import io.github.enslocal.core.sla.SlaPolicy;
import io.github.enslocal.core.system.InformationSystem;
import io.github.enslocal.core.territory.Municipality;
import io.github.enslocal.core.territory.SupportBody;
import io.github.enslocal.core.training.TrainingSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Everything a supporting body keeps about the municipalities it serves, read or written as one
 * JSON document: support bodies, municipalities, conventions, incidents, assets, information
 * systems, measure assessments, adequacy plans and training sessions.
 *
 * <p>A dataset obtained from the dataset codec is valid: every constraint holds and every
 * reference resolves. One built in code is not checked until it is validated or written. The
 * compact constructor only normalises (null lists become empty, lists are copied); it never rejects
 * data. This class is immutable and thread-safe.
 *
 * @param formatVersion the version of the dataset format, e.g. {@code "1.0"}
 * @param title a human title for the dataset, e.g. the supporting body and the period covered
 * @param notice a notice about the data, e.g. that it is synthetic
 * @param supportBodies the supporting bodies (consells comarcals, diputacions, consortia)
 * @param municipalities the municipalities served
 * @param conventions the support and funding conventions
 * @param incidents the help-desk incidents
 * @param assets the managed assets
 * @param systems the information systems
 * @param assessments the declared state of ENS measures per system
 * @param plans the adequacy plans
 * @param trainingSessions the training and awareness sessions
 * @param slaPolicy the SLA policy the incidents are measured against
 */
public record Dataset(
        @NotBlank @Pattern(regexp = "[0-9]+\\.[0-9]+", message = "must be a version such as '1.0'") String formatVersion,
        Optional<@Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") @Size(max = 300) String> title,
        Optional<@Size(max = 2000) String> notice,
        List<@NotNull @Valid SupportBody> supportBodies,
        List<@NotNull @Valid Municipality> municipalities,
        List<@NotNull @Valid Convention> conventions,
        List<@NotNull @Valid Incident> incidents,
        List<@NotNull @Valid Asset> assets,
        List<@NotNull @Valid InformationSystem> systems,
        List<@NotNull @Valid MeasureAssessment> assessments,
        List<@NotNull @Valid AdequacyPlan> plans,
        List<@NotNull @Valid TrainingSession> trainingSessions,
        Optional<SlaPolicy> slaPolicy) {

    /** The format version this library writes. */
    public static final String CURRENT_FORMAT_VERSION = "1.0";

    /**
     * Creates a dataset, turning null lists and optionals into empty ones and copying the lists.
     *
     * @param formatVersion the format version
     * @param title the title
     * @param notice the notice
     * @param supportBodies the supporting bodies
     * @param municipalities the municipalities
     * @param conventions the conventions
     * @param incidents the incidents
     * @param assets the assets
     * @param systems the information systems
     * @param assessments the measure assessments
     * @param plans the adequacy plans
     * @param trainingSessions the training sessions
     * @param slaPolicy the SLA policy
     */
    public Dataset {
        title = Optional.ofNullable(title).flatMap(value -> value);
        notice = Optional.ofNullable(notice).flatMap(value -> value);
        supportBodies = copy(supportBodies);
        municipalities = copy(municipalities);
        conventions = copy(conventions);
        incidents = copy(incidents);
        assets = copy(assets);
        systems = copy(systems);
        assessments = copy(assessments);
        plans = copy(plans);
        trainingSessions = copy(trainingSessions);
        slaPolicy = Optional.ofNullable(slaPolicy).flatMap(value -> value);
    }

    /**
     * Returns an empty dataset in the current format version, to start building one in code.
     *
     * @return the empty dataset
     */
    public static Dataset empty() {
        return new Dataset(CURRENT_FORMAT_VERSION, Optional.empty(), Optional.empty(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Optional.empty());
    }

    /**
     * Returns the total number of records in this dataset, over every list.
     *
     * @return the number of records
     */
    public int recordCount() {
        return supportBodies.size() + municipalities.size() + conventions.size() + incidents.size()
                + assets.size() + systems.size() + assessments.size() + plans.size() + trainingSessions.size();
    }

    // Null elements are kept so that validation can report them at their index.
    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
