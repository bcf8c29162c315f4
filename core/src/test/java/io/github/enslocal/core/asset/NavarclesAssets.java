// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.asset;

import io.github.enslocal.core.territory.IneCode;
import java.time.LocalDate;
import java.util.Optional;

/** Named assets of the town hall of Navarcles (08140), as a consell comarcal would record them. */
final class NavarclesAssets {

    static final IneCode NAVARCLES = IneCode.parse("08140");

    /** The mayor's office laptop, whose disk is known not to be encrypted. */
    static final Asset UNENCRYPTED_LAPTOP = new Asset(
            "nav-lt-007", NAVARCLES, AssetType.LAPTOP, "AJNAV-PORT07",
            Optional.of("5CD1234XYZ"), Optional.of("Ajuntament, alcaldia"), Optional.of("Secretaria"),
            Management.SUPPORT_BODY, Optional.of(LocalDate.of(2021, 3, 15)),
            Optional.of("HP ProBook 450 G8"), Optional.empty(), Optional.empty(),
            new SecurityFacts(Fact.NO, Fact.YES, Fact.UNKNOWN, Fact.NO,
                    Optional.of(LocalDate.of(2025, 9, 10)), Optional.empty(), Optional.empty(),
                    Optional.of(LocalDate.of(2025, 1, 20))));

    /** The file server, still on Windows Server 2012 R2, whose extended support ended in 2023. */
    static final Asset OUT_OF_SUPPORT_SERVER = new Asset(
            "nav-srv-01", NAVARCLES, AssetType.SERVER, "AJNAV-SRV01",
            Optional.of("CZJ7160ABC"), Optional.of("Ajuntament, sala de servidors"), Optional.empty(),
            Management.SUPPORT_BODY, Optional.of(LocalDate.of(2016, 11, 2)),
            Optional.of("Windows Server 2012 R2"), Optional.of("6.3.9600"),
            Optional.of(LocalDate.of(2023, 10, 10)),
            new SecurityFacts(Fact.YES, Fact.YES, Fact.YES, Fact.UNKNOWN,
                    Optional.of(LocalDate.of(2023, 10, 10)), Optional.of(LocalDate.of(2025, 10, 31)),
                    Optional.of(LocalDate.of(2025, 4, 8)), Optional.of(LocalDate.of(2025, 1, 20))));

    /** The front-desk PC, about which the inventory records nothing beyond its identity. */
    static final Asset UNDOCUMENTED_DESKTOP = new Asset(
            "nav-pc-012", NAVARCLES, AssetType.DESKTOP, "AJNAV-PC12",
            null, null, null, Management.MUNICIPALITY, null, null, null, null, null);

    private NavarclesAssets() {
    }
}
