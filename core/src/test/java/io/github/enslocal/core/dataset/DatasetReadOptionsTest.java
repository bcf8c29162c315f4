// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class DatasetReadOptionsTest {

    @Test
    void defaults_areTheDocumentedLimitsEnglishAndOneThread() {
        assertThat(DatasetReadOptions.defaults()).isEqualTo(
                new DatasetReadOptions(256L * 1024 * 1024, 64, 1024 * 1024, 100, Locale.ENGLISH, 1));
    }

    @Test
    void withers_changeOneLimitEach() {
        DatasetReadOptions options = DatasetReadOptions.defaults().withMaxDocumentLength(1000).withMaxNestingDepth(8)
                .withMaxStringLength(200).withMaxNumberLength(20).withMessageLocale(Locale.forLanguageTag("ca"))
                .withParallelism(3);

        assertThat(options).isEqualTo(new DatasetReadOptions(1000, 8, 200, 20, Locale.forLanguageTag("ca"), 3));
    }

    @Test
    void constructor_limitBelowOne_isRejectedWithAnExample() {
        assertThatThrownBy(() -> DatasetReadOptions.defaults().withMaxNestingDepth(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid maxNestingDepth 0, expected 1 or more, e.g. 64");
    }

    @Test
    void constructor_noThread_isRejectedWithAnExample() {
        assertThatThrownBy(() -> DatasetReadOptions.defaults().withParallelism(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid parallelism 0, expected 1 or more, e.g. 2");
    }

    @Test
    void constructor_nullLocale_isRejected() {
        assertThatThrownBy(() -> DatasetReadOptions.defaults().withMessageLocale(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("messageLocale");
    }
}
