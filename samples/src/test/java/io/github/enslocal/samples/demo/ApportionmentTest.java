// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The largest-remainder split the generator uses to spread PCs, servers and mobiles. */
class ApportionmentTest {

    @Test
    void split_17ServersOverThreeTowns_givesExactly17ByWeight() {
        int[] parts = Apportionment.split(17, new double[] {1_000, 4_000, 12_000}, 0);

        assertThat(parts).containsExactly(1, 4, 12);
    }

    @Test
    void split_belowTheMinimums_givesEachItsMinimum() {
        assertThat(Apportionment.split(2, new double[] {1, 1, 1}, 3)).containsExactly(3, 3, 3);
    }

    @Property
    void split_addsUpToTheTotalAndStaysWithinOneOfTheExactShare(
            @ForAll @Size(min = 1, max = 30) List<@DoubleRange(min = 0.1, max = 100_000) Double> weightList,
            @ForAll @IntRange(min = 0, max = 5) int minimum,
            @ForAll @IntRange(min = 0, max = 2_000) int extra) {
        double[] weights = weightList.stream().mapToDouble(Double::doubleValue).toArray();
        int total = minimum * weights.length + extra;
        double sum = Arrays.stream(weights).sum();

        int[] parts = Apportionment.split(total, weights, minimum);

        assertThat(Arrays.stream(parts).sum()).isEqualTo(total);
        for (int i = 0; i < parts.length; i++) {
            double exact = minimum + extra * weights[i] / sum;
            assertThat((double) parts[i]).isBetween(Math.floor(exact) - 1e-9, Math.ceil(exact) + 1e-9);
        }
    }
}
