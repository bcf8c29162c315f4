// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SystemRolesTest {

    private static final Person MAYOR = Person.named("Joan Carles Serra i Vives");
    private static final Person SECRETARY = new Person("Montserrat Vilà i Puig",
            Optional.of("Secretària-interventora"), Optional.of("mvila@navarcles.cat"));
    private static final Person CONSELL_TECHNICIAN = new Person("Pau Rovira Casas",
            Optional.of("Tècnic TIC del Consell Comarcal del Bages"), Optional.empty());

    /** The usual set-up of a small town hall: the consell comarcal runs the system. */
    private static final SystemRoles NAVARCLES_ROLES = new SystemRoles(
            Optional.of(MAYOR), Optional.of(MAYOR), Optional.of(SECRETARY), Optional.of(CONSELL_TECHNICIAN));

    @Test
    void constructor_nullRoles_becomeEmpty() {
        assertThat(new SystemRoles(null, null, null, null)).isEqualTo(SystemRoles.none());
    }

    @Test
    void holder_returnsThePersonInEachRole() {
        assertThat(NAVARCLES_ROLES.holder(SystemRole.INFORMATION_OWNER)).contains(MAYOR);
        assertThat(NAVARCLES_ROLES.holder(SystemRole.SERVICE_OWNER)).contains(MAYOR);
        assertThat(NAVARCLES_ROLES.holder(SystemRole.SECURITY_OFFICER)).contains(SECRETARY);
        assertThat(NAVARCLES_ROLES.holder(SystemRole.SYSTEM_OFFICER)).contains(CONSELL_TECHNICIAN);
    }

    @Test
    void unassigned_listsTheRolesNobodyHolds() {
        SystemRoles onlySecurity = new SystemRoles(null, null, Optional.of(SECRETARY), null);

        assertThat(NAVARCLES_ROLES.unassigned()).isEmpty();
        assertThat(onlySecurity.unassigned()).containsExactly(
                SystemRole.INFORMATION_OWNER, SystemRole.SERVICE_OWNER, SystemRole.SYSTEM_OFFICER);
        assertThat(SystemRoles.none().unassigned()).containsExactly(SystemRole.values());
    }

    @ParameterizedTest(name = "security officer ''{0}'', system officer ''{1}'': separate={2}")
    @CsvSource({
        "Montserrat Vilà i Puig, Pau Rovira Casas,       true",
        "Montserrat Vilà i Puig, montserrat vila i puig, false",
        "Pau Rovira Casas,       Pau Rovira Casas,       false",
        ",                       Pau Rovira Casas,       false",
        "Montserrat Vilà i Puig, ,                       false",
        ",                       ,                       false",
    })
    void isSecurityOfficerSeparateFromSystemOfficer(String security, String system, boolean separate) {
        SystemRoles roles = new SystemRoles(Optional.of(MAYOR), Optional.of(MAYOR),
                Optional.ofNullable(security).map(Person::named), Optional.ofNullable(system).map(Person::named));

        assertThat(roles.isSecurityOfficerSeparateFromSystemOfficer()).isEqualTo(separate);
    }

    @Test
    void isSecurityOfficerSeparateFromSystemOfficer_ignoresTheOtherRoles() {
        SystemRoles mayorEverywhereElse = new SystemRoles(
                Optional.of(SECRETARY), Optional.of(SECRETARY), Optional.of(SECRETARY), Optional.of(CONSELL_TECHNICIAN));

        assertThat(mayorEverywhereElse.isSecurityOfficerSeparateFromSystemOfficer()).isTrue();
    }

    @Property
    void separation_isSymmetricAndNeverHoldsForOnePerson(@ForAll("people") Person a, @ForAll("people") Person b) {
        SystemRoles roles = new SystemRoles(null, null, Optional.of(a), Optional.of(b));
        SystemRoles swapped = new SystemRoles(null, null, Optional.of(b), Optional.of(a));
        SystemRoles same = new SystemRoles(null, null, Optional.of(a), Optional.of(Person.named(a.name().toUpperCase())));

        assertThat(roles.isSecurityOfficerSeparateFromSystemOfficer())
                .isEqualTo(swapped.isSecurityOfficerSeparateFromSystemOfficer())
                .isEqualTo(!a.isSamePersonAs(b));
        assertThat(same.isSecurityOfficerSeparateFromSystemOfficer()).isFalse();
    }

    @Provide
    Arbitrary<Person> people() {
        return Arbitraries.of("Montserrat Vilà i Puig", "montserrat vila i puig", "Pau Rovira Casas",
                        "Núria Ferrer", "NURIA  FERRER", "Jordi Soler")
                .map(Person::named);
    }
}
