// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.ens;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators of well-formed measure ids, shared by the id tests. */
final class MeasureIdArbitraries {

    private MeasureIdArbitraries() {
    }

    static Arbitrary<MeasureId> ids() {
        Arbitrary<Integer> numbers = Arbitraries.integers().between(1, 99);
        Arbitrary<MeasureId> organisational = numbers.map(n -> new MeasureId("org." + n));
        Arbitrary<MeasureId> grouped = Combinators.combine(
                        Arbitraries.of("op", "mp"),
                        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(4),
                        numbers)
                .as((framework, group, number) -> new MeasureId(framework + "." + group + "." + number));
        return Arbitraries.oneOf(organisational, grouped);
    }
}
