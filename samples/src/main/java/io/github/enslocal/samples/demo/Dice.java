// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The source of every random choice the generator makes: a seeded {@link SplittableRandom}, so the
 * same seed gives the same dataset on every JVM. Not thread-safe; each generation owns its dice.
 */
final class Dice {

    private static final double KNUTH_LIMIT = 30;

    private final SplittableRandom random;

    Dice(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** Returns independent dice for one part of the dataset, so that parts do not shift each other. */
    static Dice forPart(long seed, String part) {
        return new Dice(mix(seed, part));
    }

    /** Returns true with probability {@code p}. */
    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** Returns an integer from {@code min} to {@code max}, both included. */
    int between(int min, int max) {
        return random.nextInt(min, max + 1);
    }

    /** Returns a double from {@code min} included to {@code max} excluded. */
    double uniform(double min, double max) {
        return random.nextDouble(min, max);
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Returns an index drawn with the given relative weights. */
    int weighted(int... weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int draw = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return i;
            }
        }
        throw new AssertionError("unreachable");
    }

    /**
     * Returns a Poisson-distributed count with mean {@code mean}: Knuth's method for small means,
     * the normal approximation above {@value #KNUTH_LIMIT}, where Knuth's method would underflow.
     */
    int poisson(double mean) {
        if (mean > KNUTH_LIMIT) {
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian()));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    /** Returns a log-normally distributed value with the given median and spread factor. */
    double logNormal(double median, double sigma) {
        return median * Math.exp(sigma * gaussian());
    }

    private double gaussian() {
        // Box-Muller rather than nextGaussian, whose algorithm differs between JDK releases.
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
    }

    private static long mix(long seed, String part) {
        long hash = seed ^ 0x9E3779B97F4A7C15L;
        for (int i = 0; i < part.length(); i++) {
            hash = (hash ^ part.charAt(i)) * 0x100000001B3L;
        }
        hash ^= hash >>> 33;
        hash *= 0xFF51AFD7ED558CCDL;
        hash ^= hash >>> 33;
        return hash;
    }
}
