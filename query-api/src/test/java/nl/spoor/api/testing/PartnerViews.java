package nl.spoor.api.testing;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import nl.spoor.api.visibility.View;

/**
 * Views of a purpose that may use some of a fixture's sources (each register or partner its own source), seeing
 * minors, victims and BSNs: what the typologies' visibility tests ask through. Through the restricted form of the
 * queries even when every source is usable, so that form is what is compared with the unrestricted one.
 */
public final class PartnerViews {

    private PartnerViews() {
    }

    /** A view that may use exactly {@code usable}, on {@code today}. */
    public static View of(Set<String> usable, LocalDate today) {
        return new View(false, usable, true, true, today, "test of " + usable);
    }

    /** A view that may use every one of {@code sources} but {@code left}, which must be one of them. */
    public static View without(Set<String> sources, String left, LocalDate today) {
        Set<String> usable = new HashSet<>(sources);
        if (!usable.remove(left)) {
            throw new IllegalArgumentException(left + " is none of " + sources);
        }
        return new View(false, usable, true, true, today, "test without " + left);
    }
}
