package nl.spoor.ingest.world;

/**
 * A typology planted into the world with its truth, for the pattern queries to find (or, for a benign
 * look-alike, not to flag).
 *
 * <p>To add a case: implement this interface in a package under {@code nl.spoor.ingest.world.cases},
 * build the people and facts with {@link CaseContext} (its households live ordinary lives around what you
 * plant: wages, rent, groceries), record what a query should find with {@link CaseContext#record}, and add
 * an instance to {@link PlantedCases#ALL}. Use only {@link CaseContext#random()} for chance, so the same
 * seed plants the same case. The generator calls {@link #plant} {@code casesPerVariant} times (1 small,
 * 3 medium, 10 large) with {@code number} 1, 2, …; use it in the case id, e.g. {@code fit-direct-2}.
 */
public interface PlantedCase {

    /** Plants instance {@code number} (from 1) and records it in truth.json. */
    void plant(CaseContext context, int number);
}
