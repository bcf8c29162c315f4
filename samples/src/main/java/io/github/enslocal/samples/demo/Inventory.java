// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.demo;

import io.github.enslocal.core.asset.Asset;
import io.github.enslocal.core.asset.AssetType;
import io.github.enslocal.core.asset.Fact;
import io.github.enslocal.core.asset.Management;
import io.github.enslocal.core.asset.SecurityFacts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Generates the assets of each town hall with their security facts: mostly good, with the gaps a
 * real inventory shows.
 *
 * <p>Some gaps are placed by a running count over the whole generation rather than drawn, so that
 * every dataset shows them whatever the seed: every ninth laptop is unencrypted, every eighth
 * server runs a product out of vendor support, and one server in four has no restore test on
 * record. Product names are real products, but which town hall has which, the versions' support
 * dates as used here and every other fact are synthetic. Not thread-safe; one per generation.
 */
final class Inventory {

    private record Product(String name, String version, Optional<LocalDate> endOfSupport) {
        static Product of(String name, String version, LocalDate endOfSupport) {
            return new Product(name, version, Optional.of(endOfSupport));
        }

        static Product withoutSupportDate(String name, String version) {
            return new Product(name, version, Optional.empty());
        }
    }

    private static final Product WINDOWS_11_24H2 = Product.of("Windows 11 Pro", "24H2", LocalDate.of(2026, 10, 13));
    private static final Product WINDOWS_11_23H2 = Product.of("Windows 11 Pro", "23H2", LocalDate.of(2025, 11, 11));
    private static final Product WINDOWS_10 = Product.of("Windows 10 Pro", "22H2", LocalDate.of(2025, 10, 14));
    private static final List<Product> SUPPORTED_SERVERS = List.of(
            Product.of("Windows Server 2022 Standard", "21H2", LocalDate.of(2031, 10, 14)),
            Product.of("Windows Server 2019 Standard", "1809", LocalDate.of(2029, 1, 9)),
            Product.of("Windows Server 2016 Standard", "1607", LocalDate.of(2027, 1, 12)));
    private static final Product LEGACY_SERVER =
            Product.of("Windows Server 2012 R2 Standard", "6.3", LocalDate.of(2023, 10, 10));
    private static final List<Product> MOBILES = List.of(
            Product.withoutSupportDate("Samsung Galaxy A54 (Android)", "14"),
            Product.withoutSupportDate("Samsung Galaxy A35 (Android)", "15"),
            Product.withoutSupportDate("iPhone 13 (iOS)", "18"));
    private static final List<Product> NETWORK = List.of(
            Product.of("Fortinet FortiGate 40F", "7.2.10", LocalDate.of(2026, 9, 30)),
            Product.withoutSupportDate("HPE Aruba Instant On 1930 24G", "1.0.9"),
            Product.withoutSupportDate("Ubiquiti UniFi U6 Lite", "6.6"));
    private static final List<Product> PRINTERS = List.of(
            Product.withoutSupportDate("Kyocera TASKalfa 2554ci", "2XC"),
            Product.withoutSupportDate("Ricoh IM C3000", "1.12"));
    private static final Product NAS = Product.of("Synology DS923+", "DSM 7.2", LocalDate.of(2029, 12, 31));
    private static final List<Product> SOFTWARE = List.of(
            Product.of("Microsoft Office LTSC 2021", "2108", LocalDate.of(2026, 10, 13)),
            Product.withoutSupportDate("Gestor d'expedients municipal (client)", "2025.2"),
            Product.withoutSupportDate("Comptabilitat pública municipal", "11.4"),
            Product.withoutSupportDate("Padró municipal d'habitants", "8.1"));
    private static final List<Product> CLOUD = List.of(
            Product.withoutSupportDate("Microsoft 365 (correu i ofimàtica)", "SaaS"),
            Product.withoutSupportDate("Seu electrònica i registre (plataforma comarcal)", "SaaS"),
            Product.withoutSupportDate("Còpia de seguretat al núvol", "SaaS"),
            Product.withoutSupportDate("Web municipal i portal de transparència", "SaaS"));
    private static final List<String> OFFICES = List.of("Ajuntament – Secretaria", "Ajuntament – Alcaldia",
            "Ajuntament – Atenció ciutadana", "Ajuntament – Intervenció", "Biblioteca municipal",
            "Brigada municipal", "Llar d'infants", "Casal d'avis", "Oficina de turisme");
    private static final Map<AssetType, String> ID_PARTS = new EnumMap<>(Map.ofEntries(
            Map.entry(AssetType.DESKTOP, "PC"), Map.entry(AssetType.LAPTOP, "PORT"),
            Map.entry(AssetType.SERVER, "SRV"), Map.entry(AssetType.VIRTUAL_SERVER, "VSRV"),
            Map.entry(AssetType.MOBILE, "MOB"), Map.entry(AssetType.TABLET, "TAB"),
            Map.entry(AssetType.NETWORK_DEVICE, "XAR"), Map.entry(AssetType.PRINTER, "IMP"),
            Map.entry(AssetType.STORAGE, "NAS"), Map.entry(AssetType.SOFTWARE, "SW"),
            Map.entry(AssetType.CLOUD_SERVICE, "NUV")));

    private final LocalDate asOf;
    private final int firstOrdinal;
    private final Map<AssetType, Integer> generated = new EnumMap<>(AssetType.class);

    /**
     * Creates an inventory whose running count of each type starts after {@code firstOrdinal}:
     * one inventory for a whole demo counts from 0; scale mode gives each town its own offset.
     */
    Inventory(LocalDate asOf, int firstOrdinal) {
        this.asOf = asOf;
        this.firstOrdinal = firstOrdinal;
    }

    /** Returns the ids the generator gives an asset: {@code 08141-PC-014}. */
    static String assetId(Town town, AssetType type, int number) {
        return town.code() + "-" + ID_PARTS.get(type) + "-" + String.format(Locale.ROOT, "%03d", number);
    }

    /** Generates the assets of one town hall, by type in declaration order and numbered from 1. */
    List<Asset> assets(Town town, Map<AssetType, Integer> counts, Dice dice) {
        List<Asset> assets = new ArrayList<>();
        for (AssetType type : AssetType.values()) {
            int count = counts.getOrDefault(type, 0);
            for (int number = 1; number <= count; number++) {
                int ordinal = generated.merge(type, firstOrdinal + 1, (previous, first) -> previous + 1);
                assets.add(asset(town, type, number, ordinal, dice));
            }
        }
        return assets;
    }

    private Asset asset(Town town, AssetType type, int number, int ordinal, Dice dice) {
        String id = assetId(town, type, number);
        String name = town.hostLabel() + "-" + id.substring(id.indexOf('-') + 1);
        Product product = product(type, number, ordinal, dice);
        boolean known = !dice.chance(type.isEndpoint() ? 0.03 : 0.0);
        Management management = switch (type) {
            case PRINTER, CLOUD_SERVICE -> Management.THIRD_PARTY;
            case SOFTWARE -> dice.chance(0.5) ? Management.THIRD_PARTY : Management.SUPPORT_BODY;
            default -> dice.chance(0.05) ? Management.MUNICIPALITY : Management.SUPPORT_BODY;
        };
        Optional<String> location = type == AssetType.CLOUD_SERVICE || type == AssetType.SOFTWARE
                ? Optional.empty()
                : Optional.of(type.isServer() || type == AssetType.STORAGE || type == AssetType.NETWORK_DEVICE
                        ? "Ajuntament – Armari de comunicacions" : dice.pick(OFFICES));
        Optional<String> responsible = Optional.of(type.isEndpoint()
                ? "Personal usuari de " + town.displayName()
                : "Responsable del sistema (Consell Comarcal)");
        Optional<String> serial = type == AssetType.SOFTWARE || type == AssetType.CLOUD_SERVICE
                ? Optional.empty()
                : Optional.of("DEMO" + Integer.toHexString(0x10000000 + dice.between(0, 0x6FFFFFFF)).toUpperCase(Locale.ROOT));
        LocalDate acquired = asOf.minusDays(dice.between(30, 7 * 365));
        if (product.endOfSupport().filter(acquired::isAfter).isPresent()) {
            // Nobody buys a product its vendor no longer supports: it was bought while supported.
            acquired = product.endOfSupport().get().minusDays(dice.between(365, 5 * 365));
        }
        return new Asset(id, town.code(), type, name, serial, location, responsible, management,
                Optional.of(acquired),
                known ? Optional.of(product.name()) : Optional.empty(),
                known ? Optional.of(product.version()) : Optional.empty(),
                known ? product.endOfSupport() : Optional.empty(),
                facts(type, ordinal, product, dice));
    }

    private static Product product(AssetType type, int number, int ordinal, Dice dice) {
        return switch (type) {
            case DESKTOP, LAPTOP, TABLET -> switch (dice.weighted(88, 8, 4)) {
                case 0 -> WINDOWS_11_24H2;
                case 1 -> WINDOWS_11_23H2;
                default -> WINDOWS_10;
            };
            case SERVER, VIRTUAL_SERVER -> ordinal % 8 == 3 ? LEGACY_SERVER : dice.pick(SUPPORTED_SERVERS);
            case MOBILE -> dice.pick(MOBILES);
            case NETWORK_DEVICE -> dice.pick(NETWORK);
            case PRINTER -> dice.pick(PRINTERS);
            case STORAGE -> NAS;
            case SOFTWARE -> SOFTWARE.get((number - 1) % SOFTWARE.size());
            case CLOUD_SERVICE -> CLOUD.get((number - 1) % CLOUD.size());
        };
    }

    private SecurityFacts facts(AssetType type, int ordinal, Product product, Dice dice) {
        Optional<LocalDate> patch = patch(product, dice);
        Optional<LocalDate> review = dice.chance(0.88) ? daysAgo(10, 330, dice)
                : dice.chance(0.6) ? daysAgo(400, 700, dice) : Optional.empty();
        SecurityFacts facts = switch (type) {
            case DESKTOP -> new SecurityFacts(fact(dice, 60, 30, 10), fact(dice, 97, 1, 2), fact(dice, 50, 0, 50),
                    fact(dice, 20, 70, 10), patch, Optional.empty(), Optional.empty(), review);
            case LAPTOP, TABLET -> new SecurityFacts(
                    ordinal % 9 == 4 ? Fact.NO : ordinal % 23 == 7 ? Fact.UNKNOWN : Fact.YES,
                    fact(dice, 97, 1, 2), fact(dice, 50, 0, 50), fact(dice, 40, 50, 10),
                    patch, Optional.empty(), Optional.empty(), review);
            case MOBILE -> new SecurityFacts(ordinal % 20 == 5 ? Fact.UNKNOWN : Fact.YES, fact(dice, 80, 0, 20),
                    Fact.UNKNOWN, fact(dice, 60, 20, 20), patch, Optional.empty(), Optional.empty(), review);
            case SERVER, VIRTUAL_SERVER -> new SecurityFacts(fact(dice, 60, 30, 10), Fact.YES,
                    fact(dice, 90, 0, 10), fact(dice, 50, 40, 10), patch, daysAgo(0, 2, dice),
                    restoreTest(ordinal, dice), review);
            case STORAGE -> new SecurityFacts(fact(dice, 50, 40, 10), Fact.UNKNOWN, fact(dice, 70, 10, 20),
                    fact(dice, 40, 50, 10), patch, daysAgo(0, 2, dice), restoreTest(ordinal + 1, dice), review);
            case NETWORK_DEVICE -> new SecurityFacts(Fact.UNKNOWN, Fact.UNKNOWN, fact(dice, 70, 20, 10),
                    fact(dice, 40, 50, 10), patch, Optional.empty(), Optional.empty(), review);
            case PRINTER -> new SecurityFacts(Fact.UNKNOWN, Fact.UNKNOWN, Fact.UNKNOWN, Fact.NO,
                    Optional.empty(), Optional.empty(), Optional.empty(), review);
            case SOFTWARE -> new SecurityFacts(Fact.UNKNOWN, Fact.UNKNOWN, fact(dice, 40, 20, 40), Fact.UNKNOWN,
                    patch, Optional.empty(), Optional.empty(), review);
            case CLOUD_SERVICE -> new SecurityFacts(Fact.YES, Fact.YES, Fact.YES, fact(dice, 75, 20, 5),
                    Optional.empty(), daysAgo(0, 1, dice), dice.chance(0.5) ? daysAgo(30, 330, dice) : Optional.empty(),
                    review);
        };
        return new SecurityFacts(facts.diskEncryption(), facts.antiMalware(), facts.logging(), facts.mfa(),
                externalAccess(type, ordinal), facts.lastPatch(), facts.lastBackup(), facts.lastRestoreTest(),
                facts.lastInventoryReview());
    }

    /**
     * Returns whether an asset is reached from outside the town hall's controlled zones (op.acc.6
     * R8), by a convention of this synthetic inventory rather than by chance, so that adding the fact
     * leaves every other generated value as it was: cloud services and mobiles are reached over the
     * Internet; two laptops or tablets in three are used for teleworking; one server in four is
     * published or administered remotely, as is one software product in two (the expedient manager,
     * the e-office); desktops, printers, storage and network devices stay inside controlled zones.
     */
    private static Fact externalAccess(AssetType type, int ordinal) {
        return switch (type) {
            case CLOUD_SERVICE, MOBILE -> Fact.YES;
            case LAPTOP, TABLET -> ordinal % 3 == 0 ? Fact.NO : Fact.YES;
            case SERVER, VIRTUAL_SERVER -> ordinal % 4 == 1 ? Fact.YES : Fact.NO;
            case SOFTWARE -> ordinal % 2 == 0 ? Fact.YES : Fact.NO;
            case DESKTOP, PRINTER, STORAGE, NETWORK_DEVICE -> Fact.NO;
        };
    }

    /** Patches are recent for most, stale for some, unrecorded for a few; never after the end of support. */
    private Optional<LocalDate> patch(Product product, Dice dice) {
        if (product.endOfSupport().filter(asOf::isAfter).isPresent()) {
            return Optional.of(product.endOfSupport().get().minusDays(dice.between(0, 40)));
        }
        int draw = dice.weighted(85, 11, 4);
        return draw == 0 ? daysAgo(1, 35, dice) : draw == 1 ? daysAgo(60, 240, dice) : Optional.empty();
    }

    private Optional<LocalDate> restoreTest(int ordinal, Dice dice) {
        return switch (ordinal % 4) {
            case 1 -> Optional.empty();
            case 2 -> daysAgo(400, 800, dice);
            default -> daysAgo(20, 300, dice);
        };
    }

    private Optional<LocalDate> daysAgo(int min, int max, Dice dice) {
        return Optional.of(asOf.minusDays(dice.between(min, max)));
    }

    /** Draws a fact with relative weights for YES, NO and UNKNOWN. */
    private static Fact fact(Dice dice, int yes, int no, int unknown) {
        return switch (dice.weighted(yes, no, unknown)) {
            case 0 -> Fact.YES;
            case 1 -> Fact.NO;
            default -> Fact.UNKNOWN;
        };
    }
}
