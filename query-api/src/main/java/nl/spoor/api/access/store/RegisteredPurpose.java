package nl.spoor.api.access.store;

import java.util.Set;

import nl.spoor.api.access.Purpose;

/**
 * A purpose as Spoor manages it: the purpose itself, the usernames of its members (local accounts or
 * OpenID Connect users alike, hence names rather than links to accounts) and whether it is still open.
 */
public record RegisteredPurpose(Purpose purpose, Set<String> members, boolean active) {

    public RegisteredPurpose {
        members = Set.copyOf(members);
    }

    public boolean hasMember(String username) {
        return members.contains(username);
    }
}
