// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.incident.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IncidentTaxonomyTest {

    private final IncidentTaxonomy taxonomy = IncidentTaxonomy.bundled();

    @Test
    void bundled_hasTheTenClassesOfTheGuiaNacional() {
        assertThat(taxonomy.classes()).extracting(IncidentClass::id).containsExactly(
                "CONTENIDO_ABUSIVO", "CONTENIDO_DANINO", "OBTENCION_INFORMACION", "INTENTO_INTRUSION",
                "INTRUSION", "DISPONIBILIDAD", "COMPROMISO_INFORMACION", "FRAUDE", "VULNERABLE", "OTROS");
    }

    @Test
    void bundled_hasThirtyNineTypesInAll() {
        assertThat(taxonomy.types()).hasSize(39);
        assertThat(taxonomy.classes().stream().mapToInt(c -> c.types().size()).sum()).isEqualTo(39);
        assertThat(taxonomy).hasToString("IncidentTaxonomy[10 classes, 39 types]");
    }

    @Test
    void types_ofTheGuiaNacional_are38() {
        assertThat(taxonomy.types(TaxonomyEdition.GN_2020)).hasSize(38)
                .extracting(IncidentType::id).doesNotContain("MALA_CONFIGURACION");
    }

    @Test
    void types_ofCcnStic817_are36() {
        assertThat(taxonomy.types(TaxonomyEdition.CCN_STIC_817_2020)).hasSize(36)
                .extracting(IncidentType::id)
                .doesNotContain("MALWARE_DOMINIO_DGA", "CIBERTERRORISMO", "DANOS_INFORMATICOS_PIC");
    }

    @Test
    void types_inOnlyOneEdition_areTheFourTheSourcesName() {
        List<String> singleEdition = taxonomy.types().stream()
                .filter(type -> type.editions().size() == 1).map(IncidentType::id).toList();

        assertThat(singleEdition).containsExactly(
                "MALWARE_DOMINIO_DGA", "MALA_CONFIGURACION", "CIBERTERRORISMO", "DANOS_INFORMATICOS_PIC");
    }

    @Test
    void bundled_isLoadedOnce() {
        assertThat(IncidentTaxonomy.bundled()).isSameAs(taxonomy);
    }

    @Test
    void bundled_isUnmodifiable() {
        assertThatThrownBy(() -> taxonomy.classes().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> taxonomy.types().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> taxonomy.requireType("SPAM").editions().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void everyType_belongsToAClassOfTheTaxonomy() {
        for (IncidentClass incidentClass : taxonomy.classes()) {
            for (IncidentType type : incidentClass.types()) {
                assertThat(taxonomy.classOf(type)).isSameAs(incidentClass);
            }
        }
    }

    @ParameterizedTest(name = "{0} is in {1} with default danger {2}")
    @CsvSource({
        "SPAM, CONTENIDO_ABUSIVO, BAJO",
        "SISTEMA_INFECTADO, CONTENIDO_DANINO, ALTO",
        "ATAQUE_DESCONOCIDO, INTENTO_INTRUSION, MUY_ALTO",
        "COMPROMISO_CUENTA_SIN_PRIVILEGIOS, INTRUSION, BAJO",
        "MALA_CONFIGURACION, DISPONIBILIDAD, MEDIO",
        "PERDIDA_DATOS, COMPROMISO_INFORMACION, ALTO",
        "PHISHING, FRAUDE, ALTO",
        "SISTEMA_VULNERABLE, VULNERABLE, MEDIO",
        "APT, OTROS, CRITICO",
    })
    void type_byId_hasItsClassAndDefaultDanger(String typeId, String classId, DangerLevel danger) {
        IncidentType type = taxonomy.type(typeId).orElseThrow();

        assertThat(type.classId()).isEqualTo(classId);
        assertThat(type.defaultDanger()).isEqualTo(danger);
        assertThat(taxonomy.incidentClass(classId).orElseThrow().types()).contains(type);
    }

    @Test
    void type_withANote_keepsIt() {
        assertThat(taxonomy.requireType("DELITO_ODIO").note()).get().asString().contains("Discurso de odio");
        assertThat(taxonomy.requireType("SPAM").note()).isEmpty();
    }

    @Test
    void type_unknownId_isEmpty() {
        assertThat(taxonomy.type("RANSOMWARE")).isEmpty();
        assertThat(taxonomy.incidentClass("MALWARE")).isEmpty();
    }

    @Test
    void requireType_unknownId_throwsNamingIt() {
        assertThatThrownBy(() -> taxonomy.requireType("phishing"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown incident type 'phishing', expected a taxonomy type id such as 'PHISHING'");
    }

    @ParameterizedTest(name = "{0}: notify {1}, auto-close after {2} days")
    @CsvSource({
        "BAJO, false, 21",
        "MEDIO, false, 30",
        "ALTO, true, 45",
        "MUY_ALTO, true, 90",
        "CRITICO, true, 120",
    })
    void ccnCertFollowUp_matchesCcnStic817Table(DangerLevel level, boolean mustNotify, int days) {
        assertThat(taxonomy.ccnCertFollowUp(level)).isEqualTo(new CcnCertFollowUp(level, mustNotify, days));
        assertThat(taxonomy.ccnCertFollowUp(ImpactLevel.valueOf(level.name())))
                .contains(new CcnCertFollowUp(level, mustNotify, days));
    }

    @Test
    void ccnCertFollowUps_areInLevelOrder() {
        assertThat(taxonomy.ccnCertFollowUps()).extracting(CcnCertFollowUp::level)
                .containsExactly(DangerLevel.values());
    }

    @Test
    void ccnCertFollowUp_irrelevantImpact_hasNoRow() {
        assertThat(taxonomy.ccnCertFollowUp(ImpactLevel.IRRELEVANTE)).isEmpty();
    }

    @Test
    void taxonomyEdition_fromId_roundTripsId() {
        for (TaxonomyEdition edition : TaxonomyEdition.values()) {
            assertThat(TaxonomyEdition.fromId(edition.id())).isSameAs(edition);
        }
        assertThatThrownBy(() -> TaxonomyEdition.fromId("GN2018"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown taxonomy edition 'GN2018', expected e.g. 'GN2020' or 'CCN-STIC-817-2020'");
    }
}
