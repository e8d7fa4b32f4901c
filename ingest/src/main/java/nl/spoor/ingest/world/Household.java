package nl.spoor.ingest.world;

import java.util.ArrayList;
import java.util.List;

/** People living at one address, with what the household pays for its home each month. */
public final class Household {

    public enum Housing {
        OWNER, SOCIAL_RENT, PRIVATE_RENT, NONE
    }

    final Addresses.Address address;
    final Names.Origin origin;
    final List<Resident> members = new ArrayList<>();
    /** Unrelated adults sharing a house (labour migrants): no FAMILY_OF between them. */
    final boolean shared;
    String jointIban;
    Housing housing = Housing.NONE;
    long housingCents;
    Party housingPayee;

    Household(Addresses.Address address, Names.Origin origin, boolean shared) {
        this.address = address;
        this.origin = origin;
        this.shared = shared;
    }

    public Addresses.Address address() {
        return address;
    }

    public List<Resident> members() {
        return List.copyOf(members);
    }

    public Resident head() {
        return members.getFirst();
    }

    /** A stable small number for choosing this household's supplier: the same energy company every month. */
    int hashSeed() {
        return Math.floorMod(address.id().hashCode(), 1_000_003);
    }

    /** The account rent, groceries and bills go from: the joint account if there is one. */
    String spendingIban() {
        return jointIban != null ? jointIban : head().iban;
    }
}
