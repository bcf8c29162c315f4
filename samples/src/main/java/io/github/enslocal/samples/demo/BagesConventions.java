// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.demo;

import io.github.enslocal.core.convention.Adhesion;
import io.github.enslocal.core.convention.Convention;
import io.github.enslocal.core.convention.ConventionService;
import io.github.enslocal.core.convention.Expense;
import io.github.enslocal.core.convention.ExpenseType;
import io.github.enslocal.core.convention.Extension;
import io.github.enslocal.core.convention.Party;
import io.github.enslocal.core.convention.PartyRole;
import io.github.enslocal.core.money.Money;
import io.github.enslocal.core.time.DateRange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The conventions of the demo's Consell Comarcal del Bages, all synthetic: the support convention
 * 2021–2024 extended to 2025, its successor 2026–2029, and the funding convention with the
 * Diputació de Barcelona 2022–2025, whose budget follows the Tarragonès one.
 *
 * <p>The history is built so that the figures a consell publishes emerge from the adhesions: the
 * 17 smallest of the 23 town halls adhere from 1 January 2021, the other 6 join during the period
 * (in order of population, on fixed dates), and on 1 January 2023 an addendum adds cybersecurity
 * and ENS adequacy to every adhesion with more committed hours. The committed dedication is
 * {@code 60 h + 0.03 h per inhabitant} a year before the addendum and {@code 68 h + 0.03 h per
 * inhabitant} after it, rounded to 5 hours, which takes the total up by about 85 % while the
 * municipalities served grow from 17 to 23.
 */
final class BagesConventions {

    static final String SUPPORT_2021 = "conv-suport-2021";
    static final String SUPPORT_2026 = "conv-suport-2026";
    static final String FUNDING_2022 = "conv-diba-2022";

    static final int FOUNDERS = 17;
    static final LocalDate START = LocalDate.of(2021, 1, 1);
    static final LocalDate ADDENDUM = LocalDate.of(2023, 1, 1);
    /** The days the six later town halls join, in order of population. */
    static final List<LocalDate> JOINING_DAYS = List.of(LocalDate.of(2021, 9, 1), LocalDate.of(2022, 4, 1),
            LocalDate.of(2022, 10, 1), LocalDate.of(2023, 6, 1), LocalDate.of(2024, 3, 1), LocalDate.of(2025, 2, 1));

    private static final Set<ConventionService> INITIAL_SERVICES = EnumSet.of(ConventionService.INCIDENT_DESK,
            ConventionService.EQUIPMENT_MANAGEMENT, ConventionService.EXPEDIENT_MANAGER_INTEGRATION,
            ConventionService.SMALL_MUNICIPALITY_SUPPORT_TEAM, ConventionService.TRAINING);
    private static final Set<ConventionService> FULL_SERVICES = EnumSet.of(ConventionService.CYBERSECURITY,
            ConventionService.INCIDENT_DESK, ConventionService.EQUIPMENT_MANAGEMENT,
            ConventionService.EXPEDIENT_MANAGER_INTEGRATION, ConventionService.SMALL_MUNICIPALITY_SUPPORT_TEAM,
            ConventionService.ENS_ADEQUACY, ConventionService.TRANSPARENCY_WEB, ConventionService.TRAINING);
    /** The services the funding convention pays for. */
    private static final Set<ConventionService> FUNDED_SERVICES = EnumSet.of(ConventionService.CYBERSECURITY,
            ConventionService.ENS_ADEQUACY, ConventionService.SMALL_MUNICIPALITY_SUPPORT_TEAM);
    /** The funding convention takes town halls of up to this population. */
    private static final int FUNDED_POPULATION = 20_000;
    /** The hours a year of funded technical dedication to each town hall, a choice of this demo. */
    private static final int FUNDED_HOURS = 10;
    private static final LocalDate FUNDING_START = LocalDate.of(2022, 1, 1);
    private static final Party CONSELL = new Party(DemoDatasetGenerator.BAGES_NAME, PartyRole.SUPPORT_BODY);
    private static final Party DIPUTACIO = new Party("Diputació de Barcelona", PartyRole.FUNDER);

    private BagesConventions() {
    }

    /** Returns the day a town hall, by its index in population order, starts being served. */
    static LocalDate adheredOn(Town town) {
        return town.rank() < FOUNDERS ? START : JOINING_DAYS.get(town.rank() - FOUNDERS);
    }

    static List<Convention> all(List<Town> towns, LocalDate asOf, Dice dice) {
        return List.of(support2021(towns), support2026(towns), funding2022(towns, asOf, dice));
    }

    private static Convention support2021(List<Town> towns) {
        List<Adhesion> adhesions = new ArrayList<>();
        for (Town town : towns) {
            LocalDate joined = adheredOn(town);
            if (joined.isBefore(ADDENDUM)) {
                adhesions.add(new Adhesion(town.code(), joined, Optional.of(ADDENDUM), INITIAL_SERVICES,
                        hours(60, town)));
            }
            adhesions.add(new Adhesion(town.code(), joined.isBefore(ADDENDUM) ? ADDENDUM : joined, Optional.empty(),
                    FULL_SERVICES, hours(68, town)));
        }
        return new Convention(SUPPORT_2021,
                "Conveni de suport TIC del Consell Comarcal del Bages als ajuntaments 2021–2024 (sintètic)",
                "Prestació als ajuntaments adherits dels serveis d'atenció d'incidències, gestió d'equips, "
                        + "integració amb el gestor d'expedients, suport a municipis petits, ciberseguretat, "
                        + "adequació a l'ENS i formació. Dades de demostració.",
                DemoDatasetGenerator.BAGES_ID, List.of(CONSELL), Optional.of(LocalDate.of(2020, 12, 14)),
                DateRange.parse("2021-01-01/2024-12-31"),
                List.of(new Extension(LocalDate.of(2024, 10, 24), LocalDate.of(2025, 12, 31),
                        Optional.of("Pròrroga d'un any acordada pel Ple del Consell (sintètica)"))),
                FULL_SERVICES, Optional.empty(), Set.of(), List.of(), adhesions);
    }

    private static Convention support2026(List<Town> towns) {
        List<Adhesion> adhesions = towns.stream()
                .map(town -> new Adhesion(town.code(), LocalDate.of(2026, 1, 1), Optional.empty(), FULL_SERVICES,
                        hours(75, town)))
                .toList();
        return new Convention(SUPPORT_2026,
                "Conveni de suport TIC del Consell Comarcal del Bages als ajuntaments 2026–2029 (sintètic)",
                "Continuació dels serveis del conveni 2021–2024 per als 23 ajuntaments adherits. Dades de demostració.",
                DemoDatasetGenerator.BAGES_ID, List.of(CONSELL), Optional.of(LocalDate.of(2025, 11, 27)),
                DateRange.parse("2026-01-01/2029-12-31"), List.of(), FULL_SERVICES, Optional.empty(), Set.of(),
                List.of(), adhesions);
    }

    /**
     * The funding convention, shaped like the one the Diputació de Tarragona signed with the Consell
     * Comarcal del Tarragonès for digital administration and the ENS in municipalities of up to
     * 20,000 inhabitants (tarragones.cat, news of 20 July 2023): a maximum of 31,350 euros, and
     * personnel assigned to the project and contracted services as the eligible expenses. Here it
     * runs 2022–2025; the served town halls of up to 20,000 inhabitants adhere to it, each with
     * {@value #FUNDED_HOURS} funded hours a year; personnel and contracted services are justified
     * every quarter up to the cut-off, about 95 % of the maximum in all, and one equipment purchase
     * is not eligible.
     */
    private static Convention funding2022(List<Town> towns, LocalDate asOf, Dice dice) {
        List<Expense> expenses = new ArrayList<>();
        for (LocalDate quarterEnd = LocalDate.of(2022, 3, 31); !quarterEnd.isAfter(asOf);
                quarterEnd = quarterEnd.plusDays(1).plusMonths(3).minusDays(1)) {
            String quarter = (quarterEnd.getMonthValue() / 3) + "T " + quarterEnd.getYear();
            double growth = Math.pow(1.03, quarterEnd.getYear() - 2022);
            expenses.add(new Expense(expenseId(quarterEnd, "per"), quarterEnd, ExpenseType.PERSONNEL_ASSIGNED,
                    euros(1_450 * growth + dice.uniform(-50, 50)),
                    "Personal tècnic adscrit al suport en ciberseguretat, " + quarter));
            expenses.add(new Expense(expenseId(quarterEnd, "ser"), quarterEnd, ExpenseType.CONTRACTED_SERVICES,
                    euros(dice.uniform(250, 450)),
                    "Servei contractat de monitoratge de seguretat (SOC), " + quarter));
        }
        LocalDate purchase = LocalDate.of(2024, 6, 28);
        if (!purchase.isAfter(asOf)) {
            expenses.add(new Expense("desp-2024-06-equ", purchase, ExpenseType.EQUIPMENT, Money.parse("1245.00"),
                    "Compra d'un portàtil per a l'equip de suport (no subvencionable)"));
        }
        List<Adhesion> adhesions = towns.stream()
                .filter(town -> town.population() <= FUNDED_POPULATION)
                .map(town -> new Adhesion(town.code(), adheredOn(town).isAfter(FUNDING_START) ? adheredOn(town)
                        : FUNDING_START, Optional.empty(), FUNDED_SERVICES,
                        BigDecimal.valueOf(FUNDED_HOURS).setScale(2, RoundingMode.UNNECESSARY)))
                .toList();
        return new Convention(FUNDING_2022,
                "Conveni de col·laboració entre la Diputació de Barcelona i el Consell Comarcal del Bages per "
                        + "a la ciberseguretat dels ajuntaments 2022–2025 (sintètic)",
                "Finançament del personal i dels serveis contractats que el Consell dedica a la ciberseguretat "
                        + "i a l'adequació a l'ENS dels ajuntaments de fins a 20.000 habitants. Dades de demostració.",
                DemoDatasetGenerator.BAGES_ID, List.of(DIPUTACIO, CONSELL), Optional.of(LocalDate.of(2021, 12, 15)),
                DateRange.parse("2022-01-01/2025-12-31"), List.of(), FUNDED_SERVICES,
                Optional.of(Money.parse("31350.00")),
                EnumSet.of(ExpenseType.PERSONNEL_ASSIGNED, ExpenseType.CONTRACTED_SERVICES), expenses, adhesions);
    }

    private static String expenseId(LocalDate quarterEnd, String kind) {
        return String.format(Locale.ROOT, "desp-%d-%02d-%s", quarterEnd.getYear(), quarterEnd.getMonthValue(), kind);
    }

    private static Money euros(double amount) {
        return Money.of(BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_EVEN));
    }

    /** Returns {@code base + 0.03 h per inhabitant}, rounded to 5 hours. */
    private static BigDecimal hours(int base, Town town) {
        long rounded = Math.round((base + 0.03 * town.population()) / 5.0) * 5;
        return BigDecimal.valueOf(rounded).setScale(2, RoundingMode.UNNECESSARY);
    }
}
