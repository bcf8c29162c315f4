// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.dataset;

import java.util.stream.Stream;

/**
 * A rule over a whole dataset, such as "ids are unique" or "references resolve", that single
 * records cannot check on their own.
 *
 * <p>Checks run after every element has been converted, so they see the whole aggregate; that
 * aggregate may still break Jakarta constraints (those are reported too), so a check must accept
 * null or blank values where a constraint forbids them, and leave them to the constraint.
 *
 * @param <R> the type of the dataset
 */
@FunctionalInterface
interface DatasetCheck<R> {

    /** Returns the violations of this rule in a dataset, none if it holds. */
    Stream<Violation> check(R dataset);
}
