package nl.spoor.api.access;

import java.util.List;

import org.springframework.stereotype.Component;

import nl.spoor.api.access.store.Purposes;
import nl.spoor.api.access.store.RegisteredPurpose;

/** What the signed-in user may know about itself: {@code GET /api/me} and GraphQL {@code me}. */
@Component
public class SelfService {

    /** The user and the open purposes it may name in {@value AccessContext#PURPOSE_HEADER}. */
    public record Me(String username, List<String> roles, String organisation, List<PurposeView> purposes) {}

    /** A purpose as shown to its members and to beheerders. */
    public record PurposeView(String id, String kind, String title, String legalBasis, List<String> partners, List<String> members,
                              boolean active) {
        public static PurposeView of(RegisteredPurpose p) {
            return new PurposeView(p.purpose().id(), p.purpose().kind().name(), p.purpose().title(), p.purpose().legalBasis(),
                    p.purpose().partners().stream().sorted().toList(), p.members().stream().sorted().toList(), p.active());
        }
    }

    private final Purposes purposes;

    public SelfService(Purposes purposes) {
        this.purposes = purposes;
    }

    public Me me(SpoorUser user) {
        return new Me(user.username(), user.roles().stream().sorted().map(Role::code).toList(), user.organisation(),
                purposes.of(user.username()).stream().filter(RegisteredPurpose::active).map(PurposeView::of).toList());
    }
}
