// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.system;

import io.github.enslocal.core.ens.Category;
import io.github.enslocal.core.ens.DimensionLevels;
import io.github.enslocal.core.territory.IneCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Named information systems of the town hall of Navarcles (08140) and of the Consell Comarcal del Bages. */
final class NavarclesSystems {

    static final IneCode NAVARCLES = IneCode.parse("08140");

    static final Person MAYOR = Person.named("Joan Carles Serra i Vives");
    static final Person SECRETARY = new Person("Montserrat Vilà i Puig",
            Optional.of("Secretària-interventora"), Optional.of("mvila@navarcles.cat"));
    static final Person CONSELL_TECHNICIAN = new Person("Pau Rovira Casas",
            Optional.of("Tècnic TIC del Consell Comarcal del Bages"), Optional.empty());

    /** The expedient manager, valued MEDIO in C, I, T and A and BAJO in D, hence MEDIA. */
    static final InformationSystem EXPEDIENTS = new InformationSystem(
            "nav-sis-expedients", "Gestió d'expedients",
            Optional.of("Tramitació electrònica d'expedients i padró d'habitants"),
            SystemOwner.municipality(NAVARCLES),
            List.of(
                    new InformationValuation("Padró municipal d'habitants",
                            DimensionLevels.parse("C=MEDIO,I=MEDIO,T=BAJO,A=MEDIO")),
                    new InformationValuation("Expedients administratius",
                            DimensionLevels.parse("C=BAJO,I=MEDIO,T=MEDIO,A=BAJO"))),
            List.of(new ServiceValuation("Seu electrònica", DimensionLevels.parse("A=MEDIO,D=BAJO"))),
            Set.of("nav-srv-01", "nav-lt-007", "nav-pc-012"),
            new SystemRoles(Optional.of(MAYOR), Optional.of(MAYOR), Optional.of(SECRETARY),
                    Optional.of(CONSELL_TECHNICIAN)),
            Optional.of(LocalDate.of(2023, 2, 28)), Optional.of(LocalDate.of(2024, 6, 14)),
            Optional.of(LocalDate.of(2025, 3, 12)), Optional.of(Category.MEDIA),
            Optional.of(new Audit(LocalDate.of(2024, 11, 21), AuditKind.CERTIFICATION,
                    AuditResult.FAVORABLE_WITH_NON_CONFORMITIES, Optional.of("Entitat de certificació ENS"))));

    /** The consell comarcal's shared e-mail service, of which little is recorded yet. */
    static final InformationSystem SHARED_MAIL = new InformationSystem(
            "ccbages-sis-correu", "Correu electrònic compartit", null,
            SystemOwner.supportBody("cc-bages"), null, null, null, null,
            null, null, null, null, null);

    private NavarclesSystems() {
    }
}
