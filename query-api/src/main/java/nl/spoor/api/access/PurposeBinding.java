package nl.spoor.api.access;

import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.spoor.api.access.AccessRefusal.Reason;
import nl.spoor.api.access.store.Purposes;
import nl.spoor.api.access.store.RegisteredPurpose;

/**
 * Binds a request to its purpose and decides, by {@link AccessPolicy}, whether the user may run the
 * operation for it. Used by GraphQL (before any fetcher) and by the upload endpoint alike.
 */
@Component
public class PurposeBinding {

    /** The purpose a request named, resolved; or why it cannot be used. */
    public record Resolved(Optional<Purpose> purpose, AccessRefusal problem) {
        public static final Resolved NONE = new Resolved(Optional.empty(), null);
    }

    private final Purposes purposes;

    public PurposeBinding(Purposes purposes) {
        this.purposes = purposes;
    }

    /** The purpose named by the header value (absent or blank: none), if the user may act for it. */
    public Resolved resolve(SpoorUser user, String header) {
        if (header == null || header.isBlank()) {
            return Resolved.NONE;
        }
        String id = header.strip();
        Optional<RegisteredPurpose> found = purposes.find(id);
        if (found.isEmpty()) {
            return refused(Reason.UNKNOWN_PURPOSE, "There is no purpose '" + id + "' (header " + AccessContext.PURPOSE_HEADER
                    + "). Ask a beheerder for the id of your case, signal or HHKP; 'me' lists the purposes you belong to.");
        }
        RegisteredPurpose p = found.get();
        if (!p.hasMember(user.username())) {
            return refused(Reason.NOT_A_MEMBER, "You (" + user.username() + ") are not a member of purpose '" + id
                    + "'. A beheerder can add you (addPurposeMember); 'me' lists the purposes you belong to.");
        }
        if (!p.active()) {
            return refused(Reason.PURPOSE_INACTIVE, "Purpose '" + id + "' is closed: it can no longer be used for any request.");
        }
        if (p.purpose().legalBasis().isBlank()) {
            return refused(Reason.PURPOSE_INACTIVE, "Purpose '" + id + "' has no legal basis: nothing may be processed for it.");
        }
        return new Resolved(Optional.of(p.purpose()), null);
    }

    /**
     * Refuses unless the operation is in the policy, one of the user's roles may run it, the named
     * purpose (if any) can be used by this user, and a purpose is named when the operation needs one.
     */
    public static void require(String operation, SpoorUser user, Resolved resolved) {
        AccessPolicy.Rule rule = AccessPolicy.rule(operation).orElseThrow(() -> new AccessRefusal(Reason.UNLISTED_OPERATION,
                operation + " is not in Spoor's access policy, so nobody may run it (nl.spoor.api.access.AccessPolicy)."));
        if (!rule.allows(user)) {
            throw new AccessRefusal(Reason.ROLE, operation + " is for " + String.join(", ", rule.roles().stream().sorted().map(Role::code).toList())
                    + "; you (" + user.username() + ") are " + String.join(", ", user.roles().stream().sorted().map(Role::code).toList()) + ".");
        }
        if (resolved.problem() != null) {
            throw resolved.problem();
        }
        if (rule.needsPurpose() && resolved.purpose().isEmpty()) {
            throw new AccessRefusal(Reason.NO_PURPOSE, operation + " needs a purpose: name the case, signal or HHKP you ask it for in the "
                    + AccessContext.PURPOSE_HEADER + " header. 'me' lists the purposes you belong to.");
        }
    }

    private static Resolved refused(Reason reason, String message) {
        return new Resolved(Optional.empty(), new AccessRefusal(reason, message));
    }
}
