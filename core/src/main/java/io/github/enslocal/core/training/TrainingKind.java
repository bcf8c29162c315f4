// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.training;

import io.github.enslocal.core.ens.MeasureId;

/**
 * The kind of a training session, by the Anexo II measure it serves.
 */
public enum TrainingKind {
    /** Security awareness for all staff: measure mp.per.3, "Concienciación". */
    AWARENESS(MeasureId.parse("mp.per.3"), "Concienciación"),
    /** Security training for staff with specific duties: measure mp.per.4, "Formación". */
    TECHNICAL_TRAINING(MeasureId.parse("mp.per.4"), "Formación");

    private final MeasureId measure;
    private final String measureName;

    TrainingKind(MeasureId measure, String measureName) {
        this.measure = measure;
        this.measureName = measureName;
    }

    /**
     * Returns the Anexo II measure that sessions of this kind serve.
     *
     * @return {@code mp.per.3} or {@code mp.per.4}
     */
    public MeasureId measure() {
        return measure;
    }

    /**
     * Returns the official Spanish name of the measure that sessions of this kind serve.
     *
     * @return {@code "Concienciación"} or {@code "Formación"}
     */
    public String measureName() {
        return measureName;
    }
}
