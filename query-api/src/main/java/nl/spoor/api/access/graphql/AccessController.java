package nl.spoor.api.access.graphql;

import java.util.List;
import java.util.Set;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import graphql.schema.DataFetchingEnvironment;
import nl.spoor.api.access.AccessContext;
import nl.spoor.api.access.Purpose;
import nl.spoor.api.access.SelfService;
import nl.spoor.api.access.SelfService.PurposeView;
import nl.spoor.api.access.SpoorUser;
import nl.spoor.api.access.store.ApiTokens;
import nl.spoor.api.access.store.Purposes;

/** Users' self-service and the beheerder's purposes over GraphQL; who may call what is {@code AccessPolicy}'s. */
@Controller
class AccessController {

    record PurposeInput(String id, Purpose.Kind kind, String title, String legalBasis, List<String> partners, List<String> members) {}

    record NewApiToken(String name, String token) {}

    private final SelfService self;
    private final Purposes purposes;
    private final ApiTokens tokens;

    AccessController(SelfService self, Purposes purposes, ApiTokens tokens) {
        this.self = self;
        this.purposes = purposes;
        this.tokens = tokens;
    }

    @QueryMapping
    SelfService.Me me(DataFetchingEnvironment env) {
        return self.me(user(env));
    }

    @QueryMapping
    List<PurposeView> purposes() {
        return purposes.all().stream().map(PurposeView::of).toList();
    }

    @QueryMapping
    List<ApiTokens.ApiToken> myApiTokens(DataFetchingEnvironment env) {
        return tokens.of(user(env).username());
    }

    @MutationMapping
    PurposeView createPurpose(@Argument PurposeInput input) {
        Purpose purpose = new Purpose(input.id().strip(), input.kind(), input.title(), input.legalBasis().strip(), Set.copyOf(input.partners()));
        return PurposeView.of(purposes.add(purpose, input.members() == null ? List.of() : input.members()));
    }

    @MutationMapping
    PurposeView addPurposeMember(@Argument String purpose, @Argument String username) {
        return PurposeView.of(purposes.addMember(purpose, username));
    }

    @MutationMapping
    PurposeView removePurposeMember(@Argument String purpose, @Argument String username) {
        return PurposeView.of(purposes.removeMember(purpose, username));
    }

    @MutationMapping
    PurposeView closePurpose(@Argument String purpose) {
        return PurposeView.of(purposes.close(purpose));
    }

    @MutationMapping
    NewApiToken createApiToken(@Argument String name, DataFetchingEnvironment env) {
        return new NewApiToken(name.strip(), tokens.create(user(env).username(), name));
    }

    @MutationMapping
    boolean revokeApiToken(@Argument String name, DataFetchingEnvironment env) {
        return tokens.revoke(user(env).username(), name);
    }

    private static SpoorUser user(DataFetchingEnvironment env) {
        return AccessContext.of(env).orElseThrow().user();
    }
}
