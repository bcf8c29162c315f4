// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.register;

import io.github.enslocal.core.territory.IneCode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A register held in memory, indexed by code, comarca and province. */
final class IndexedRegister implements MunicipalityRegister {

    private static final Pattern PROVINCE_CODE = Pattern.compile("0[1-9]|[1-4][0-9]|5[0-2]");

    private final Map<IneCode, RegisterEntry> byCode;
    private final List<RegisterEntry> all;
    private final Map<String, List<RegisterEntry>> byComarca;
    private final Map<String, List<RegisterEntry>> byProvince;
    private final SortedSet<String> comarques;

    IndexedRegister(Collection<RegisterEntry> entries) {
        TreeMap<IneCode, RegisterEntry> codes = new TreeMap<>();
        for (RegisterEntry entry : entries) {
            Objects.requireNonNull(entry, "entry");
            if (codes.put(entry.code(), entry) != null) {
                throw new IllegalArgumentException("Duplicate INE code '" + entry.code() + "' in the register");
            }
        }
        this.byCode = Collections.unmodifiableMap(codes);
        this.all = List.copyOf(codes.values());
        this.byComarca = index(entry -> entry.comarca().map(IndexedRegister::comarcaKey).orElse(null));
        this.byProvince = index(RegisterEntry::provinceCode);
        this.comarques = Collections.unmodifiableSortedSet(all.stream()
                .flatMap(entry -> entry.comarca().stream())
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    private Map<String, List<RegisterEntry>> index(Function<RegisterEntry, String> key) {
        Map<String, List<RegisterEntry>> index = new TreeMap<>();
        for (RegisterEntry entry : all) {
            String value = key.apply(entry);
            if (value != null) {
                index.computeIfAbsent(value, k -> new ArrayList<>()).add(entry);
            }
        }
        index.replaceAll((k, list) -> List.copyOf(list));
        return Collections.unmodifiableMap(index);
    }

    private static String comarcaKey(String comarca) {
        return comarca.toLowerCase(Locale.ROOT);
    }

    @Override
    public Optional<RegisterEntry> find(IneCode code) {
        return Optional.ofNullable(byCode.get(Objects.requireNonNull(code, "code")));
    }

    @Override
    public List<RegisterEntry> byComarca(String comarca) {
        return byComarca.getOrDefault(comarcaKey(Objects.requireNonNull(comarca, "comarca")), List.of());
    }

    @Override
    public List<RegisterEntry> byProvince(String provinceCode) {
        Objects.requireNonNull(provinceCode, "provinceCode");
        if (!PROVINCE_CODE.matcher(provinceCode).matches()) {
            throw new IllegalArgumentException("Invalid province code '" + provinceCode
                    + "', expected 2 digits from 01 to 52, e.g. '08'");
        }
        return byProvince.getOrDefault(provinceCode, List.of());
    }

    @Override
    public SortedSet<String> comarques() {
        return comarques;
    }

    @Override
    public List<RegisterEntry> all() {
        return all;
    }

    @Override
    public int size() {
        return all.size();
    }

    @Override
    public String toString() {
        return "MunicipalityRegister[" + all.size() + " municipalities, " + comarques.size() + " comarques]";
    }
}
