// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.enslocal.core.dataset.TestRecords.Dataset;
import io.github.enslocal.core.dataset.TestRecords.Kind;
import io.github.enslocal.core.dataset.TestRecords.Other;
import io.github.enslocal.core.dataset.TestRecords.Part;
import io.github.enslocal.core.dataset.TestRecords.Thing;
import io.github.enslocal.core.ens.Dimension;
import io.github.enslocal.core.ens.DimensionLevels;
import io.github.enslocal.core.ens.MeasureId;
import io.github.enslocal.core.ens.ReinforcementId;
import io.github.enslocal.core.ens.SecurityLevel;
import io.github.enslocal.core.territory.IneCode;
import io.github.enslocal.core.time.DateRange;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class DocumentCodecPropertiesTest {

    private static final List<String> BAGES = List.of("08113", "08140", "08213", "08022", "08027", "08098");
    private static final List<String> MEASURES = List.of("org.1", "op.pl.1", "op.acc.6", "op.exp.1", "op.exp.4",
            "mp.info.6", "mp.eq.3");

    private final DocumentCodec<Dataset> codec = TestRecords.codec();

    @Property(tries = 200)
    void readingWhatWasWritten_givesAnEqualDataset(@ForAll("datasets") Dataset dataset) {
        assertThat(codec.read(codec.toJson(dataset))).isEqualTo(dataset);
    }

    @Property(tries = 200)
    void writingAReadDataset_givesTheSameBytes(@ForAll("datasets") Dataset dataset) {
        byte[] written = codec.toBytes(dataset);

        assertThat(codec.toBytes(codec.read(codec.toJson(dataset)))).isEqualTo(written);
    }

    @Provide
    Arbitrary<Dataset> datasets() {
        return things().list().ofMaxSize(6).flatMap(drafts -> {
            List<Thing> things = new ArrayList<>();
            IntStream.range(0, drafts.size()).forEach(i -> things.add(withId(drafts.get(i), "pc-" + i)));
            Arbitrary<List<Other>> others = things.isEmpty()
                    ? Arbitraries.just(List.of())
                    : others(things).list().ofMaxSize(4).map(DocumentCodecPropertiesTest::numbered);
            return others.map(list -> new Dataset(TestRecords.VERSION, things, list));
        });
    }

    private static Thing withId(Thing thing, String id) {
        return new Thing(id, thing.owner(), thing.kind(), thing.label(), thing.supportEndsOn(), thing.measures(),
                thing.parts(), thing.mainPart(), thing.levels(), thing.units());
    }

    private static List<Other> numbered(List<Other> others) {
        return IntStream.range(0, others.size()).mapToObj(i -> {
            Other o = others.get(i);
            return new Other("conveni-" + i, o.thingId(), o.period(), o.reinforcements(), o.counts(), o.reportedAt());
        }).toList();
    }

    private static Arbitrary<Thing> things() {
        Arbitrary<String> label = Arbitraries.strings().withChars("abcçèéíòóúl·' AZ-").ofMaxLength(40);
        return Combinators.combine(
                ines(),
                Arbitraries.of(Kind.class),
                label.optional(),
                dates().optional(),
                Arbitraries.of(MEASURES).map(MeasureId::parse).list().ofMaxSize(4),
                parts().list().ofMaxSize(3),
                parts().optional(),
                levels()).as((owner, kind, text, ends, measures, parts, main, levels) ->
                new Thing("draft", owner, kind, text, ends, measures, parts, main, levels, parts.size()));
    }

    private static Arbitrary<Part> parts() {
        return Combinators.combine(
                Arbitraries.of("disc", "memòria", "font d'alimentació"),
                Arbitraries.integers().between(1, 64),
                reinforcements().optional()).as(Part::new);
    }

    private static Arbitrary<Other> others(List<Thing> things) {
        return Combinators.combine(
                Arbitraries.of(things).map(Thing::id),
                dates().flatMap(start -> Arbitraries.integers().between(0, 1460)
                        .map(days -> DateRange.of(start, start.plusDays(days)))).optional(),
                reinforcements().set().ofMaxSize(4),
                Arbitraries.maps(ines(), Arbitraries.integers().between(0, 500)).ofMaxSize(3),
                Arbitraries.longs().between(1_609_459_200L, 1_798_761_600L).map(Instant::ofEpochSecond).optional())
                .as((thingId, period, reinforcements, counts, reportedAt) ->
                        new Other("draft", thingId, period, reinforcements, counts, reportedAt));
    }

    private static Arbitrary<IneCode> ines() {
        return Arbitraries.of(BAGES).map(IneCode::parse);
    }

    private static Arbitrary<ReinforcementId> reinforcements() {
        return Combinators.combine(Arbitraries.of(MEASURES).map(MeasureId::parse), Arbitraries.integers().between(1, 9))
                .as(MeasureId::reinforcement);
    }

    private static Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 6 * 365).map(days -> LocalDate.of(2021, 1, 1).plusDays(days));
    }

    private static Arbitrary<DimensionLevels> levels() {
        return Arbitraries.maps(Arbitraries.of(Dimension.class), Arbitraries.of(SecurityLevel.class)).ofMaxSize(5)
                .map(map -> DimensionLevels.of(Map.copyOf(map)));
    }

    @Property(tries = 100)
    void readingAnyText_givesADatasetOrAnInvalidDatasetException(@ForAll String text) {
        try {
            assertThat(codec.read(text)).isNotNull();
        } catch (InvalidDatasetException e) {
            assertThat(e.violations()).isNotEmpty();
        }
    }
}
