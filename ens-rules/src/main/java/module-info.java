// SPDX-License-Identifier: Apache-2.0
/**
 * The ENS rules of RD 311/2022: the Anexo II measure catalog and its OSCAL reader, categorisation
 * (Anexo I), applicability of the measures with compliance profiles, the Declaración de
 * Aplicabilidad, compliance evaluation with its evidence rules, and the service-provider interface
 * through which hosts add rules.
 */
module io.github.enslocal.ens {
    requires transitive io.github.enslocal.core;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;

    exports io.github.enslocal.ens.catalog;
    exports io.github.enslocal.ens.oscal;
    exports io.github.enslocal.ens.categorization;
    exports io.github.enslocal.ens.applicability;
    exports io.github.enslocal.ens.profile;
    exports io.github.enslocal.ens.evaluation;
    exports io.github.enslocal.ens.evidence;
    exports io.github.enslocal.ens.spi;

    uses io.github.enslocal.ens.spi.EvidenceRule;
}
