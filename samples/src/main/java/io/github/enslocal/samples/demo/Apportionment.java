// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.demo;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Splits a whole number into parts proportional to weights by the largest-remainder (Hamilton)
 * method, so that the parts add up to the total exactly: 17 servers over 23 town halls gives 17.
 */
final class Apportionment {

    private Apportionment() {
    }

    /**
     * Returns the parts: each at least its minimum, the rest shared by weight, ties of remainder
     * going to the earlier index.
     */
    static int[] split(int total, double[] weights, int minimum) {
        int n = weights.length;
        int[] parts = new int[n];
        Arrays.fill(parts, minimum);
        int rest = total - minimum * n;
        if (rest <= 0) {
            return parts;
        }
        double sum = Arrays.stream(weights).sum();
        double[] remainders = new double[n];
        int given = 0;
        for (int i = 0; i < n; i++) {
            double exact = rest * weights[i] / sum;
            int floor = (int) Math.floor(exact);
            parts[i] += floor;
            given += floor;
            remainders[i] = exact - floor;
        }
        int[] order = IntStream.range(0, n).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -remainders[i]).thenComparingInt(i -> i))
                .mapToInt(Integer::intValue)
                .toArray();
        for (int k = 0; k < rest - given; k++) {
            parts[order[k]]++;
        }
        return parts;
    }
}
