// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.dataset;

import io.github.enslocal.core.assessment.ActionStatus;
import io.github.enslocal.core.assessment.AdequacyPlan;
import io.github.enslocal.core.assessment.Compensation;
import io.github.enslocal.core.assessment.Exclusion;
import io.github.enslocal.core.assessment.MeasureAssessment;
import io.github.enslocal.core.assessment.PlanAction;
import io.github.enslocal.core.asset.Asset;
import io.github.enslocal.core.asset.AssetType;
import io.github.enslocal.core.asset.Fact;
import io.github.enslocal.core.asset.Management;
import io.github.enslocal.core.asset.SecurityFacts;
import io.github.enslocal.core.convention.Adhesion;
import io.github.enslocal.core.convention.Convention;
import io.github.enslocal.core.convention.ConventionService;
import io.github.enslocal.core.convention.Expense;
import io.github.enslocal.core.convention.ExpenseType;
import io.github.enslocal.core.convention.Extension;
import io.github.enslocal.core.convention.Party;
import io.github.enslocal.core.convention.PartyRole;
import io.github.enslocal.core.ens.Category;
import io.github.enslocal.core.ens.Dimension;
import io.github.enslocal.core.ens.DimensionLevels;
import io.github.enslocal.core.ens.Maturity;
import io.github.enslocal.core.ens.MeasureId;
import io.github.enslocal.core.ens.SecurityLevel;
import io.github.enslocal.core.incident.Incident;
import io.github.enslocal.core.incident.IncidentCategory;
import io.github.enslocal.core.incident.IncidentChannel;
import io.github.enslocal.core.incident.IncidentStatus;
import io.github.enslocal.core.incident.Priority;
import io.github.enslocal.core.incident.StatusChange;
import io.github.enslocal.core.incident.classification.DangerLevel;
import io.github.enslocal.core.incident.classification.ImpactLevel;
import io.github.enslocal.core.incident.classification.IncidentTaxonomy;
import io.github.enslocal.core.incident.classification.IncidentType;
import io.github.enslocal.core.incident.classification.SecurityClassification;
import io.github.enslocal.core.money.Money;
import io.github.enslocal.core.register.MunicipalityRegister;
import io.github.enslocal.core.register.RegisterEntry;
import io.github.enslocal.core.sla.SlaPolicy;
import io.github.enslocal.core.system.Audit;
import io.github.enslocal.core.system.AuditKind;
import io.github.enslocal.core.system.AuditResult;
import io.github.enslocal.core.system.InformationSystem;
import io.github.enslocal.core.system.InformationValuation;
import io.github.enslocal.core.system.Person;
import io.github.enslocal.core.system.ServiceValuation;
import io.github.enslocal.core.system.SystemOwner;
import io.github.enslocal.core.system.SystemRoles;
import io.github.enslocal.core.territory.IneCode;
import io.github.enslocal.core.territory.Municipality;
import io.github.enslocal.core.territory.SupportBody;
import io.github.enslocal.core.territory.SupportBodyKind;
import io.github.enslocal.core.time.DateRange;
import io.github.enslocal.core.training.TrainingKind;
import io.github.enslocal.core.training.TrainingSession;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generates valid datasets: every record type, optional values present and absent, ids unique and
 * references resolving, and the records' cross-field rules kept, so that a dataset from here reads
 * back as it was written. Municipalities come from the bundled INE register (the Bages comarca), so
 * their names raise no warning. Reusable by any test that needs realistic valid data.
 */
public final class DatasetArbitraries {

    private static final LocalDate FIRST_DAY = LocalDate.of(2021, 1, 1);
    private static final Instant FIRST_INSTANT = Instant.parse("2021-01-04T07:00:00Z");
    private static final List<String> MEASURES = List.of("org.1", "org.2", "op.pl.1", "op.acc.6", "op.exp.1",
            "op.exp.4", "op.exp.6", "op.exp.7", "op.ext.1", "mp.per.3", "mp.eq.3", "mp.info.6");

    private DatasetArbitraries() {
    }

    /**
     * Returns valid datasets of up to a few dozen records.
     *
     * @return the arbitrary
     */
    @SuppressWarnings("exports") // jqwik is on the test class path only; tests run on the class path
    public static Arbitrary<Dataset> datasets() {
        List<Municipality> bages = MunicipalityRegister.bundled().byComarca("Bages").stream()
                .map(RegisterEntry::toMunicipality).toList();
        return Arbitraries.subsetOf(bages).ofMinSize(1).ofMaxSize(4)
                .map(chosen -> chosen.stream().sorted((a, b) -> a.code().compareTo(b.code())).toList())
                .flatMap(DatasetArbitraries::datasetOf);
    }

    private static Arbitrary<Dataset> datasetOf(List<Municipality> municipalities) {
        List<IneCode> codes = municipalities.stream().map(Municipality::code).toList();
        Arbitrary<List<SupportBody>> bodies = indexed(0, 2, k -> supportBody("sb-" + k, codes));
        Arbitrary<List<Asset>> assets = indexed(0, 6, k -> asset("asset-" + k, codes));
        return Combinators.combine(bodies, assets).flatAs((supportBodies, assetList) -> {
            List<String> bodyIds = supportBodies.stream().map(SupportBody::id).toList();
            List<String> assetIds = assetList.stream().map(Asset::id).toList();
            Arbitrary<List<InformationSystem>> systems = indexed(0, 3, k -> system("sys-" + k, codes, bodyIds, assetIds));
            return systems.flatMap(systemList -> {
                List<String> systemIds = systemList.stream().map(InformationSystem::id).toList();
                return Combinators.combine(
                        Arbitraries.just(municipalities),
                        Arbitraries.just(supportBodies),
                        bodyIds.isEmpty() ? Arbitraries.just(List.<Convention>of())
                                : indexed(0, 2, k -> convention("conv-" + k, bodyIds, codes)),
                        indexed(0, 6, k -> incident("INC-" + k, codes, assetIds)),
                        Arbitraries.just(assetList),
                        Arbitraries.just(systemList),
                        assessments(systemIds),
                        systemIds.isEmpty() ? Arbitraries.just(List.<AdequacyPlan>of())
                                : indexed(0, 2, k -> plan("plan-" + k, systemIds)))
                        .flatAs((m, s, c, i, a, sy, as, p) -> Combinators.combine(
                                indexed(0, 2, k -> training("training-" + k, codes)),
                                text(300).optional(), text(2000).optional(),
                                Arbitraries.of(SlaPolicy.example()).optional())
                                .as((t, title, notice, sla) -> new Dataset(Dataset.CURRENT_FORMAT_VERSION, title,
                                        notice, s, m, c, i, a, sy, as, p, t, sla)));
            });
        });
    }

    /** Returns lists of {@code min} to {@code max} elements, the k-th made by {@code element(k)}. */
    private static <T> Arbitrary<List<T>> indexed(int min, int max, java.util.function.IntFunction<Arbitrary<T>> element) {
        return Arbitraries.integers().between(min, max).flatMap(size -> size == 0 ? Arbitraries.just(List.<T>of())
                : Combinators.combine(IntStream.range(0, size).mapToObj(element).toList()).as(List::copyOf));
    }

    // ---- records -----------------------------------------------------------------------------

    private static Arbitrary<SupportBody> supportBody(String id, List<IneCode> codes) {
        return Combinators.combine(text(200), Arbitraries.of(SupportBodyKind.class), text(100).optional(),
                Arbitraries.subsetOf("08", "17", "25", "43"), Arbitraries.subsetOf(codes))
                .as((name, kind, comarca, provinces, served) -> new SupportBody(id, name, kind, comarca, provinces,
                        served));
    }

    private static Arbitrary<Asset> asset(String id, List<IneCode> codes) {
        Arbitrary<LocalDate> acquired = dates();
        return Combinators.combine(Arbitraries.of(codes), Arbitraries.of(AssetType.class), text(200),
                text(100).optional(), text(200).optional(), text(200).optional(), Arbitraries.of(Management.class),
                acquired.optional())
                .flatAs((owner, type, name, serial, location, responsible, managedBy, acquisition) -> Combinators.combine(
                        text(200).optional(), text(100).optional(),
                        Arbitraries.integers().between(0, 3000).optional(), securityFacts())
                        .as((product, version, supportDays, facts) -> new Asset(id, owner, type, name, serial, location,
                                responsible, managedBy, acquisition, product, version,
                                supportDays.map(days -> acquisition.orElse(FIRST_DAY).plusDays(days)), facts)));
    }

    private static Arbitrary<SecurityFacts> securityFacts() {
        Arbitrary<Fact> fact = Arbitraries.of(Fact.class);
        Arbitrary<Optional<LocalDate>> date = dates().optional();
        return Combinators.combine(fact, fact, fact, fact, date, date, date, date).as(SecurityFacts::new);
    }

    private static Arbitrary<InformationSystem> system(String id, List<IneCode> codes, List<String> bodyIds,
            List<String> assetIds) {
        Arbitrary<SystemOwner> owner = bodyIds.isEmpty() ? Arbitraries.of(codes).map(SystemOwner::municipality)
                : Arbitraries.oneOf(Arbitraries.of(codes).map(SystemOwner::municipality),
                        Arbitraries.of(bodyIds).map(SystemOwner::supportBody));
        Arbitrary<Optional<LocalDate>> date = dates().optional();
        Arbitrary<Optional<Person>> person = person().optional();
        return Combinators.combine(text(200), text(2000).optional(), owner,
                        Combinators.combine(text(200), levels()).as(InformationValuation::new).list().ofMaxSize(2),
                        Combinators.combine(text(200), levels()).as(ServiceValuation::new).list().ofMaxSize(2),
                        Arbitraries.subsetOf(assetIds),
                        Combinators.combine(person, person, person, person).as(SystemRoles::new),
                        date)
                .flatAs((name, description, systemOwner, information, services, assets, roles, policy) ->
                        Combinators.combine(date, date, Arbitraries.of(Category.class).optional(), audit().optional())
                                .as((risk, review, category, audit) -> new InformationSystem(id, name, description,
                                        systemOwner, information, services, assets, roles, policy, risk, review,
                                        category, audit)));
    }

    private static Arbitrary<Person> person() {
        return Combinators.combine(text(200), text(200).optional(),
                Arbitraries.of("seguretat@example.cat", "tic@navarcles.cat").optional())
                .as(Person::new);
    }

    private static Arbitrary<Audit> audit() {
        return Combinators.combine(dates(), Arbitraries.of(AuditKind.class), Arbitraries.of(AuditResult.class),
                text(200).optional()).as(Audit::new);
    }

    private static Arbitrary<DimensionLevels> levels() {
        return Arbitraries.maps(Arbitraries.of(Dimension.class), Arbitraries.of(SecurityLevel.class)).ofMaxSize(5)
                .map(levels -> DimensionLevels.of(levels.isEmpty() ? Map.of() : new EnumMap<>(levels)));
    }

    private static Arbitrary<List<MeasureAssessment>> assessments(List<String> systemIds) {
        if (systemIds.isEmpty()) {
            return Arbitraries.just(List.of());
        }
        List<List<String>> pairs = systemIds.stream()
                .flatMap(system -> MEASURES.stream().map(measure -> List.of(system, measure))).toList();
        return Arbitraries.subsetOf(pairs).ofMaxSize(6).flatMap(chosen -> {
            List<List<String>> ordered = chosen.stream()
                    .sorted((a, b) -> String.join("/", a).compareTo(String.join("/", b))).toList();
            return ordered.isEmpty() ? Arbitraries.just(List.<MeasureAssessment>of())
                    : Combinators.combine(ordered.stream().map(pair -> assessment(pair.get(0),
                            MeasureId.parse(pair.get(1)))).toList()).as(List::copyOf);
        });
    }

    private static Arbitrary<MeasureAssessment> assessment(String systemId, MeasureId measure) {
        Arbitrary<Optional<Exclusion>> exclusion = text(2000).map(Exclusion::new).optional();
        Arbitrary<Optional<Compensation>> compensation = Combinators.combine(text(2000), text(2000))
                .as(Compensation::new).optional();
        return Combinators.combine(Arbitraries.of(Maturity.class),
                        Arbitraries.integers().between(1, 9).set().ofMaxSize(3),
                        Arbitraries.oneOf(exclusion.map(e -> new Justification(e, Optional.empty())),
                                compensation.map(c -> new Justification(Optional.empty(), c))),
                        text(500).list().ofMaxSize(3), dates(), text(200))
                .as((maturity, reinforcements, justification, evidence, on, by) -> new MeasureAssessment(systemId,
                        measure, maturity, new TreeSet<>(reinforcements.stream().map(measure::reinforcement).toList()),
                        justification.exclusion(), justification.compensation(), evidence, on, by));
    }

    /** At most one of the two, since a measure cannot be both excluded and compensated. */
    private record Justification(Optional<Exclusion> exclusion, Optional<Compensation> compensation) {
    }

    private static Arbitrary<AdequacyPlan> plan(String id, List<String> systemIds) {
        return Combinators.combine(Arbitraries.of(systemIds), indexed(0, 4, k -> action("A" + (k + 1))))
                .as((systemId, actions) -> new AdequacyPlan(id, systemId, actions));
    }

    private static Arbitrary<PlanAction> action(String id) {
        return Combinators.combine(Arbitraries.of(MEASURES).map(MeasureId::parse), text(2000), text(200), dates(),
                        Arbitraries.of(ActionStatus.class), dates().optional())
                .as((measure, description, owner, due, status, done) -> new PlanAction(id, measure, description, owner,
                        due, status, status == ActionStatus.DONE ? done : Optional.empty()));
    }

    private static Arbitrary<Convention> convention(String id, List<String> bodyIds, List<IneCode> codes) {
        Arbitrary<DateRange> validity = dates().flatMap(start -> Arbitraries.integers().between(0, 1400)
                .map(days -> DateRange.of(start, start.plusYears(4).minusDays(1).minusDays(days))));
        return Combinators.combine(text(300), text(2000), Arbitraries.of(bodyIds),
                        Combinators.combine(text(200), Arbitraries.of(PartyRole.class)).as(Party::new).list().ofMaxSize(3),
                        dates().optional(), validity, Arbitraries.subsetOf(ConventionService.values()),
                        money().optional())
                .flatAs((title, subject, body, parties, signed, initial, services, maximum) -> Combinators.combine(
                        extensions(initial), Arbitraries.subsetOf(ExpenseType.values()),
                        indexed(0, 3, k -> expense("E" + (k + 1))), adhesions(codes))
                        .as((extensions, eligible, expenses, adhesions) -> new Convention(id, title, subject, body,
                                parties, signed, initial, extensions, services, maximum, eligible, expenses,
                                adhesions)));
    }

    /** Returns no extension, or one agreed within the validity that keeps the 4 + 4 years limit. */
    private static Arbitrary<List<Extension>> extensions(DateRange initial) {
        LocalDate latest = initial.end().plusDays(1).plusYears(4).minusDays(1);
        int agreeWithin = (int) Math.min(initial.lengthInDays() - 1, 3000);
        int extendBy = (int) java.time.temporal.ChronoUnit.DAYS.between(initial.end(), latest);
        Arbitrary<Extension> extension = Combinators.combine(Arbitraries.integers().between(0, agreeWithin),
                        Arbitraries.integers().between(1, extendBy), text(500).optional())
                .as((agreed, by, note) -> new Extension(initial.start().plusDays(agreed), initial.end().plusDays(by),
                        note));
        return Arbitraries.oneOf(Arbitraries.just(List.of()), extension.map(List::of));
    }

    private static Arbitrary<Expense> expense(String id) {
        return Combinators.combine(dates(), Arbitraries.of(ExpenseType.class), money(), text(500))
                .as((date, type, amount, description) -> new Expense(id, date, type, amount, description));
    }

    private static Arbitrary<List<Adhesion>> adhesions(List<IneCode> codes) {
        return Arbitraries.subsetOf(codes).flatMap(chosen -> chosen.isEmpty() ? Arbitraries.just(List.<Adhesion>of())
                : Combinators.combine(new TreeSet<>(chosen).stream().map(code -> Combinators.combine(dates(),
                                Arbitraries.integers().between(1, 1500).optional(),
                                Arbitraries.subsetOf(ConventionService.values()), decimal(6))
                        .as((adhered, leftAfter, services, hours) -> new Adhesion(code, adhered,
                                leftAfter.map(adhered::plusDays), services, hours))).toList()).as(List::copyOf));
    }

    private static Arbitrary<Incident> incident(String id, List<IneCode> codes, List<String> assetIds) {
        Arbitrary<Instant> opened = Arbitraries.longs().between(0, 5L * 365 * 24 * 60)
                .map(minutes -> FIRST_INSTANT.plusSeconds(minutes * 60));
        return Combinators.combine(Arbitraries.of(codes), opened, Arbitraries.of(IncidentChannel.class),
                        Arbitraries.of(IncidentCategory.class), Arbitraries.of(Priority.class), text(500),
                        assetIds.isEmpty() ? Arbitraries.just(List.<String>of())
                                : Arbitraries.of(assetIds).list().uniqueElements().ofMaxSize(3),
                        Arbitraries.longs().between(0, 6000))
                .flatAs((municipality, openedAt, channel, category, priority, summary, assets, effort) ->
                        Combinators.combine(history(openedAt), security(openedAt).optional())
                                .as((history, security) -> new Incident(id, municipality, openedAt, channel, category,
                                        priority, summary, history, assets, effort, security)));
    }

    /** Returns a well-formed history: NEW at the opening, then allowed moves forward in time. */
    private static Arbitrary<List<StatusChange>> history(Instant openedAt) {
        Arbitrary<StatusChange> any = Combinators.combine(text(100).optional(), text(2000).optional())
                .as((technician, note) -> new StatusChange(openedAt, IncidentStatus.NEW, technician, note));
        return Combinators.combine(any.list().ofMinSize(1).ofMaxSize(6),
                        Arbitraries.integers().between(0, 6).list().ofSize(6),
                        Arbitraries.integers().between(0, 3000).list().ofSize(6))
                .as((changes, choices, gaps) -> {
                    List<StatusChange> history = new ArrayList<>();
                    IncidentStatus status = IncidentStatus.NEW;
                    Instant at = openedAt;
                    for (int i = 0; i < changes.size(); i++) {
                        if (i > 0) {
                            List<IncidentStatus> next = List.copyOf(status.nextStatuses());
                            if (next.isEmpty()) {
                                break;
                            }
                            status = next.get(choices.get(i) % next.size());
                            at = at.plusSeconds(60L * gaps.get(i));
                        }
                        StatusChange change = changes.get(i);
                        history.add(new StatusChange(at, status, change.technician(), change.note()));
                    }
                    return List.copyOf(history);
                });
    }

    private static Arbitrary<SecurityClassification> security(Instant openedAt) {
        List<IncidentType> types = IncidentTaxonomy.bundled().types();
        return Arbitraries.of(types).flatMap(type -> Combinators.combine(
                        Arbitraries.of(DangerLevel.class).filter(level -> level.isAtLeast(type.defaultDanger()))
                                .optional(),
                        Arbitraries.of(ImpactLevel.class),
                        Arbitraries.integers().between(0, 100_000).map(s -> openedAt.plusSeconds(s)).optional(),
                        Arbitraries.strings().withChars("ABCDEFGHIJ0123456789-").ofMinLength(1).ofMaxLength(64)
                                .filter(s -> !s.isBlank()).optional(),
                        Arbitraries.of(true, false))
                .as((manual, impact, notified, reference, personal) -> new SecurityClassification(type.id(), manual,
                        impact, notified, reference, personal)));
    }

    private static Arbitrary<TrainingSession> training(String id, List<IneCode> codes) {
        return Combinators.combine(dates(), text(200), Arbitraries.of(TrainingKind.class),
                        Arbitraries.subsetOf(codes).ofMinSize(1), Arbitraries.integers().between(1, 200),
                        decimal(3).filter(hours -> hours.signum() > 0), text(200).optional())
                .as((date, title, kind, municipalities, attendees, hours, provider) -> new TrainingSession(id, date,
                        title, kind, Set.copyOf(municipalities), attendees, hours, provider));
    }

    // ---- values ------------------------------------------------------------------------------

    private static Arbitrary<String> text(int maxLength) {
        return Arbitraries.strings().withChars("abcçdeèéfgilmnoòóprstuúvxz·'-ÀÇÉ ").ofMinLength(1)
                .ofMaxLength(Math.min(maxLength, 40)).filter(s -> !s.isBlank());
    }

    private static Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 6 * 365).map(FIRST_DAY::plusDays);
    }

    private static Arbitrary<Money> money() {
        return Arbitraries.longs().between(0, 50_000_000L).map(cents -> Money.of(BigDecimal.valueOf(cents, 2)));
    }

    /** Returns decimals of up to {@code integerDigits} digits and 0 to 2 decimals, scale kept. */
    private static Arbitrary<BigDecimal> decimal(int integerDigits) {
        long bound = (long) Math.pow(10, integerDigits);
        return Combinators.combine(Arbitraries.longs().between(0, bound - 1), Arbitraries.integers().between(0, 2))
                .as((units, scale) -> BigDecimal.valueOf(units).setScale(scale));
    }
}
