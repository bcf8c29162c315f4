// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.applicability;

import io.github.enslocal.core.ens.ReinforcementId;
import io.github.enslocal.ens.catalog.OneOf;
import io.github.enslocal.ens.catalog.Requirement;
import io.github.enslocal.ens.profile.ProfileAdjustment;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies profile adjustments, and the security officer's additions, to the requirement of one cell.
 *
 * <p>Adding a measure makes it apply. Removing a measure drops it with all its reinforcements.
 * Adding a reinforcement makes the measure apply and the reinforcement required, and settles any
 * choice that offered it. Removing a reinforcement drops it from the required ones and from every
 * choice; a choice left with one member requires that member, one left with none disappears.
 */
final class ProfileOverlay {

    private ProfileOverlay() {
    }

    static Requirement apply(Requirement cell, List<ProfileAdjustment> adjustments) {
        Requirement result = cell;
        for (ProfileAdjustment adjustment : adjustments) {
            result = apply(result, adjustment);
        }
        return result;
    }

    private static Requirement apply(Requirement cell, ProfileAdjustment adjustment) {
        boolean add = adjustment.action() == ProfileAdjustment.Action.ADD;
        if (adjustment.reinforcement().isEmpty()) {
            return add ? withMeasure(cell) : Requirement.notApplicable();
        }
        return add ? withReinforcement(cell, adjustment.reinforcement().get())
                : withoutReinforcement(cell, adjustment.reinforcement().get());
    }

    /** Returns the cell with the base measure required. */
    static Requirement withMeasure(Requirement cell) {
        return new Requirement(true, cell.reinforcements(), cell.oneOf());
    }

    /** Returns the cell with the measure and a reinforcement required, settling any choice offering it. */
    static Requirement withReinforcement(Requirement cell, ReinforcementId target) {
        List<ReinforcementId> required = new ArrayList<>(cell.reinforcements());
        if (!required.contains(target)) {
            required.add(target);
        }
        List<OneOf> oneOf = cell.oneOf().stream().filter(group -> !group.contains(target)).toList();
        return Requirement.of(required, oneOf);
    }

    private static Requirement withoutReinforcement(Requirement cell, ReinforcementId target) {
        List<ReinforcementId> required = new ArrayList<>(cell.reinforcements());
        required.remove(target);
        List<OneOf> oneOf = new ArrayList<>();
        for (OneOf group : cell.oneOf()) {
            List<ReinforcementId> rest = group.choices().stream().filter(choice -> !choice.equals(target)).toList();
            if (rest.size() > 1) {
                oneOf.add(new OneOf(rest));
            } else {
                required.addAll(rest);
            }
        }
        return new Requirement(cell.applies(), required, oneOf);
    }
}
