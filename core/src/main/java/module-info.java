// SPDX-License-Identifier: Apache-2.0
/**
 * The ENS Local domain model: municipalities, conventions, incidents, assets, information systems
 * and ENS measure assessments, the INE reference data, and the validated JSON dataset format.
 */
@SuppressWarnings("module") // the rules module, to which one package is exported, is built after this one
module io.github.enslocal.core {
    requires transitive jakarta.validation;
    requires com.fasterxml.jackson.annotation;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.csv;
    requires com.fasterxml.jackson.datatype.jdk8;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires java.logging;
    requires org.hibernate.validator;
    requires static de.focus_shift.jollyday.core;

    exports io.github.enslocal.core.assessment;
    exports io.github.enslocal.core.asset;
    exports io.github.enslocal.core.convention;
    exports io.github.enslocal.core.dataset;
    exports io.github.enslocal.core.ens;
    exports io.github.enslocal.core.incident;
    exports io.github.enslocal.core.incident.classification;
    exports io.github.enslocal.core.internal.text to io.github.enslocal.ens;
    exports io.github.enslocal.core.money;
    exports io.github.enslocal.core.register;
    exports io.github.enslocal.core.sla;
    exports io.github.enslocal.core.system;
    exports io.github.enslocal.core.territory;
    exports io.github.enslocal.core.time;
    exports io.github.enslocal.core.training;

    opens io.github.enslocal.core.assessment to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens io.github.enslocal.core.asset to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens io.github.enslocal.core.convention to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens io.github.enslocal.core.dataset to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens io.github.enslocal.core.ens to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens io.github.enslocal.core.incident to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens io.github.enslocal.core.incident.classification to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens io.github.enslocal.core.money to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens io.github.enslocal.core.register to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens io.github.enslocal.core.sla to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens io.github.enslocal.core.system to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens io.github.enslocal.core.territory to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens io.github.enslocal.core.time to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens io.github.enslocal.core.training to com.fasterxml.jackson.databind, org.hibernate.validator;
}
