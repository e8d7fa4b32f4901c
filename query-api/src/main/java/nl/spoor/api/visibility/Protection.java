package nl.spoor.api.visibility;

import nl.spoor.api.entity.EntityViews.EntityRef;

/** Marks view types whose persons {@link ResultGuard} must treat specially. */
public final class Protection {

    private Protection() {
    }

    /** A result that names a person as a possible victim (the trafficking typology's tied persons): always protected. */
    public interface PossibleVictim {
        EntityRef person();
    }

    /**
     * A result that only says an entity was found by its name or text (a search hit): when the entity is a
     * protected person it is left out, since finding a minor or a victim by name is what masking prevents.
     */
    public interface FoundByName {
        EntityRef entity();
    }
}
