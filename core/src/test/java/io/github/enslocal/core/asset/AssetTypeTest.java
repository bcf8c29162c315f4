// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.asset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AssetTypeTest {

    @ParameterizedTest(name = "{0}: portable={1}, endpoint={2}, server={3}")
    @CsvSource({
        "DESKTOP,        false, true,  false",
        "LAPTOP,         true,  true,  false",
        "SERVER,         false, false, true",
        "VIRTUAL_SERVER, false, false, true",
        "MOBILE,         true,  true,  false",
        "TABLET,         true,  true,  false",
        "NETWORK_DEVICE, false, false, false",
        "PRINTER,        false, false, false",
        "STORAGE,        false, false, false",
        "SOFTWARE,       false, false, false",
        "CLOUD_SERVICE,  false, false, false",
    })
    void predicates_classifyEveryType(AssetType type, boolean portable, boolean endpoint, boolean server) {
        assertThat(type.isPortable()).as("portable").isEqualTo(portable);
        assertThat(type.isEndpoint()).as("endpoint").isEqualTo(endpoint);
        assertThat(type.isServer()).as("server").isEqualTo(server);
    }

}
