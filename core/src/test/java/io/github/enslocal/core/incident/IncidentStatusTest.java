// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class IncidentStatusTest {

    /** Rows are the current status, columns the next one in declaration order; x = allowed. */
    private static final String TRANSITIONS = """
                         NEW ASSIGNED IN_PROGRESS ON_HOLD RESOLVED CLOSED CANCELLED
            NEW           .     x         .          .       .       .       x
            ASSIGNED      .     x         x          .       .       .       x
            IN_PROGRESS   .     .         .          x       x       .       x
            ON_HOLD       .     .         x          .       x       .       x
            RESOLVED      .     .         x          .       .       x       x
            CLOSED        .     .         .          .       .       .       .
            CANCELLED     .     .         .          .       .       .       .
            """;

    static Stream<Arguments> everyPair() {
        List<String> lines = TRANSITIONS.lines().toList();
        List<IncidentStatus> columns = Stream.of(lines.get(0).trim().split("\\s+")).map(IncidentStatus::valueOf).toList();
        List<Arguments> pairs = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.trim().split("\\s+");
            for (int column = 0; column < columns.size(); column++) {
                pairs.add(Arguments.of(IncidentStatus.valueOf(cells[0]), columns.get(column),
                        cells[column + 1].equals("x")));
            }
        }
        return pairs.stream();
    }

    @Test
    void transitionTable_coversEveryPair() {
        assertThat(everyPair()).hasSize(49);
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @MethodSource("everyPair")
    void canMoveTo_followsTheLifecycle(IncidentStatus from, IncidentStatus to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
        assertThat(from.nextStatuses().contains(to)).isEqualTo(allowed);
    }

    @ParameterizedTest
    @EnumSource(value = IncidentStatus.class, names = {"CLOSED", "CANCELLED"}, mode = EnumSource.Mode.EXCLUDE)
    void canMoveTo_cancelledFromEveryNonTerminalStatus(IncidentStatus from) {
        assertThat(from.isTerminal()).isFalse();
        assertThat(from.canMoveTo(IncidentStatus.CANCELLED)).isTrue();
    }

    @Test
    void isOpen_onlyWhileWorkIsPending() {
        assertThat(Stream.of(IncidentStatus.values()).filter(IncidentStatus::isOpen))
                .containsExactly(IncidentStatus.NEW, IncidentStatus.ASSIGNED, IncidentStatus.IN_PROGRESS,
                        IncidentStatus.ON_HOLD);
    }

    @Test
    void priority_criticalIsMostUrgent() {
        assertThat(Priority.CRITICAL.isMoreUrgentThan(Priority.HIGH)).isTrue();
        assertThat(Priority.LOW.isMoreUrgentThan(Priority.MEDIUM)).isFalse();
        assertThat(Priority.MEDIUM.isMoreUrgentThan(Priority.MEDIUM)).isFalse();
    }
}
