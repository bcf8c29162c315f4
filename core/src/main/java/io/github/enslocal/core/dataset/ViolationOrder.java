// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.dataset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Orders violations by JSON path, comparing list indices as numbers ({@code $.a[2]} before
 * {@code $.a[10]}) and a parent before its children, then by code, then by rejected value and
 * arguments, so that the order is total and the same on every run.
 */
enum ViolationOrder implements Comparator<Violation> {
    INSTANCE;

    private static final Comparator<Violation> ORDER = Comparator
            .comparing(Violation::path, ViolationOrder::comparePaths)
            .thenComparing(Violation::code)
            .thenComparing(v -> v.rejectedValue().orElse(""))
            .thenComparing(v -> v.arguments().toString());

    @Override
    public int compare(Violation a, Violation b) {
        return ORDER.compare(a, b);
    }

    static int comparePaths(String a, String b) {
        List<String> left = segments(a);
        List<String> right = segments(b);
        for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
            int order = compareSegments(left.get(i), right.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(left.size(), right.size());
    }

    private static int compareSegments(String a, String b) {
        boolean aIndex = isIndex(a);
        boolean bIndex = isIndex(b);
        if (aIndex && bIndex) {
            int order = Integer.compare(a.length(), b.length());
            return order != 0 ? order : a.compareTo(b);
        }
        return aIndex == bIndex ? a.compareTo(b) : (aIndex ? -1 : 1);
    }

    private static boolean isIndex(String segment) {
        return !segment.isEmpty() && segment.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** Splits {@code $.a[3]['b c'].d} into {@code a, 3, b c, d}. */
    private static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        int i = 1;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '.') {
                int end = i + 1;
                while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
                    end++;
                }
                segments.add(path.substring(i + 1, end));
                i = end;
            } else if (c == '[' && i + 1 < path.length() && path.charAt(i + 1) == '\'') {
                int end = path.indexOf("']", i + 2);
                end = end < 0 ? path.length() : end;
                segments.add(path.substring(i + 2, end));
                i = end + 2;
            } else if (c == '[') {
                int end = path.indexOf(']', i);
                end = end < 0 ? path.length() : end;
                segments.add(path.substring(i + 1, end));
                i = end + 1;
            } else {
                i++;
            }
        }
        return segments;
    }
}
