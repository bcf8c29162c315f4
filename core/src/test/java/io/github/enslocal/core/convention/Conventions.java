// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.convention;

import io.github.enslocal.core.money.Money;
import io.github.enslocal.core.territory.IneCode;
import io.github.enslocal.core.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Named fixtures: realistic conventions of the Bages comarca. */
final class Conventions {

    static final IneCode CASTELLGALI = IneCode.parse("08061");
    static final IneCode MURA = IneCode.parse("08139");
    static final IneCode NAVARCLES = IneCode.parse("08140");
    static final IneCode SANT_FRUITOS_DE_BAGES = IneCode.parse("08213");

    private Conventions() {
    }

    /**
     * The ICT support convention of the Consell Comarcal del Bages for 2021–2024, funded by the
     * Diputació de Barcelona, signed on 2020-12-18 and extended on 2024-11-15 to 2025-12-31. Its
     * maximum is 240,000.00 euros; eligible expenses add up to 234,500.00 by the end of 2024 and
     * 290,500.00 by the end of 2025.
     */
    static Convention bagesTic() {
        return new Convention(
                "cc-bages-tic-2021",
                "Conveni de suport TIC Consell Comarcal del Bages 2021–2024",
                "Prestació de serveis TIC i de ciberseguretat als ajuntaments del Bages de menys de 20.000 habitants",
                "cc-bages",
                List.of(new Party("Consell Comarcal del Bages", PartyRole.SUPPORT_BODY),
                        new Party("Diputació de Barcelona", PartyRole.FUNDER)),
                Optional.of(date("2020-12-18")),
                DateRange.parse("2021-01-01/2024-12-31"),
                List.of(new Extension(date("2024-11-15"), date("2025-12-31"),
                        Optional.of("Acord de pròrroga aprovat pel Ple del 15 de novembre de 2024"))),
                EnumSet.of(ConventionService.CYBERSECURITY, ConventionService.INCIDENT_DESK,
                        ConventionService.EQUIPMENT_MANAGEMENT, ConventionService.ENS_ADEQUACY,
                        ConventionService.SMALL_MUNICIPALITY_SUPPORT_TEAM),
                Optional.of(Money.parse("240000.00")),
                EnumSet.of(ExpenseType.PERSONNEL_ASSIGNED, ExpenseType.CONTRACTED_SERVICES, ExpenseType.EQUIPMENT),
                List.of(
                        expense("EXP-2020-001", "2020-11-30", ExpenseType.CONTRACTED_SERVICES, "3000.00",
                                "Auditoria prèvia dels sistemes municipals"),
                        expense("EXP-2021-001", "2021-12-31", ExpenseType.PERSONNEL_ASSIGNED, "52000.00",
                                "Tècnica de suport TIC assignada, exercici 2021"),
                        expense("EXP-2021-002", "2021-06-15", ExpenseType.EQUIPMENT, "8500.00",
                                "Tallafocs per a l'Ajuntament de Navarcles"),
                        expense("EXP-2022-001", "2022-12-31", ExpenseType.PERSONNEL_ASSIGNED, "53000.00",
                                "Tècnica de suport TIC assignada, exercici 2022"),
                        expense("EXP-2022-002", "2022-09-30", ExpenseType.TRAVEL, "640.00",
                                "Desplaçaments als ajuntaments adherits"),
                        expense("EXP-2023-001", "2023-12-31", ExpenseType.PERSONNEL_ASSIGNED, "54000.00",
                                "Tècnica de suport TIC assignada, exercici 2023"),
                        expense("EXP-2023-002", "2023-04-20", ExpenseType.CONTRACTED_SERVICES, "12000.00",
                                "Servei de còpies de seguretat al núvol"),
                        expense("EXP-2024-001", "2024-12-31", ExpenseType.PERSONNEL_ASSIGNED, "55000.00",
                                "Tècnica de suport TIC assignada, exercici 2024"),
                        expense("EXP-2025-001", "2025-12-31", ExpenseType.PERSONNEL_ASSIGNED, "56000.00",
                                "Tècnica de suport TIC assignada, exercici 2025")),
                List.of(
                        adhesion(NAVARCLES, "2021-01-01", null, "120",
                                ConventionService.INCIDENT_DESK, ConventionService.EQUIPMENT_MANAGEMENT,
                                ConventionService.CYBERSECURITY),
                        adhesion(SANT_FRUITOS_DE_BAGES, "2021-03-01", null, "160",
                                ConventionService.INCIDENT_DESK, ConventionService.ENS_ADEQUACY),
                        adhesion(MURA, "2021-01-01", "2023-07-01", "40",
                                ConventionService.SMALL_MUNICIPALITY_SUPPORT_TEAM),
                        adhesion(CASTELLGALI, "2025-02-01", null, "80", ConventionService.INCIDENT_DESK)));
    }

    static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    static Expense expense(String id, String date, ExpenseType type, String amount, String description) {
        return new Expense(id, date(date), type, Money.parse(amount), description);
    }

    static Adhesion adhesion(IneCode municipality, String adheredOn, String leftOn, String hours,
            ConventionService... services) {
        return new Adhesion(municipality, date(adheredOn), Optional.ofNullable(leftOn).map(LocalDate::parse),
                Set.of(services), new BigDecimal(hours));
    }
}
