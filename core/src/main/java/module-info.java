// SPDX-License-Identifier: Apache-2.0
/**
 * The ENS Local domain model: municipalities, conventions, incidents, assets, information systems
 * and ENS measure assessments, the INE reference data, and the validated JSON dataset format.
 */
module io.github.enslocal.core {
    requires transitive com.fasterxml.jackson.databind;
    requires transitive jakarta.validation;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires com.fasterxml.jackson.datatype.jdk8;
    requires com.fasterxml.jackson.dataformat.csv;
    requires org.hibernate.validator;
    requires org.slf4j;

    exports io.github.enslocal.core.dataset;
    exports io.github.enslocal.core.ens;
    exports io.github.enslocal.core.territory;
    exports io.github.enslocal.core.time;

    opens io.github.enslocal.core.dataset to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens io.github.enslocal.core.ens to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens io.github.enslocal.core.territory to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens io.github.enslocal.core.time to com.fasterxml.jackson.databind, org.hibernate.validator;
}
