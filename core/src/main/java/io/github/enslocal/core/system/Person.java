// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.system;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A person who holds a role, such as the security officer of an information system.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name the person's full name, e.g. {@code "Montserrat Vila i Puig"}
 * @param position the person's position, e.g. {@code "Secretària-interventora"}
 * @param email the person's e-mail address
 */
public record Person(
        @NotBlank @Size(max = 200) String name,
        Optional<@Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") @Size(max = 200) String> position,
        Optional<@Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
                @Email @Size(max = 254) String> email) {

    /**
     * Creates a person, turning null optionals into empty ones.
     *
     * @param name the full name
     * @param position the position
     * @param email the e-mail address
     */
    public Person {
        position = Objects.requireNonNullElse(position, Optional.empty());
        email = Objects.requireNonNullElse(email, Optional.empty());
    }

    /**
     * Obtains a person known only by name.
     *
     * @param name the full name
     * @return the person, without position or e-mail
     */
    public static Person named(String name) {
        return new Person(name, Optional.empty(), Optional.empty());
    }

    /**
     * Returns the name in the form used to compare people: without accents, in lower case, with
     * runs of white space collapsed to one space and no white space at either end.
     *
     * @return the normalised name, e.g. {@code "montserrat vila i puig"} for
     *     {@code " Montserrat  Vilà i Puig"}
     */
    public String normalisedName() {
        // Loops rather than regular expressions (marks removed, white space collapsed as the regex
        // \s defines it): evaluation compares the role holders of every system.
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder unaccented = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(codePoint -> !isMark(codePoint)).forEach(unaccented::appendCodePoint);
        String stripped = unaccented.toString().strip();
        StringBuilder collapsed = new StringBuilder(stripped.length());
        boolean inSpace = false;
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!space) {
                collapsed.append(c);
            } else if (!inSpace) {
                collapsed.append(' ');
            }
            inSpace = space;
        }
        return collapsed.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /**
     * Returns whether this person and another are taken to be the same person, comparing their
     * {@linkplain #normalisedName() normalised names}. Position and e-mail are ignored, because
     * the same person often appears with different positions in different documents.
     *
     * @param other the other person, not null
     * @return true if the normalised names are equal
     */
    public boolean isSamePersonAs(Person other) {
        return normalisedName().equals(other.normalisedName());
    }
}
