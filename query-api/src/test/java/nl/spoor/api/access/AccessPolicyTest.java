package nl.spoor.api.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;

/** The policy names every root field of the schema the server loads: a new field without a line fails the build. */
class AccessPolicyTest {

    /** {@code Query.x} and {@code Mutation.x} for every root field in {@code classpath*:graphql/**}{@code /*.graphqls} (Spring for GraphQL's default). */
    static Set<String> rootFields() throws Exception {
        TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:graphql/**/*.graphqls")) {
            registry.merge(new SchemaParser().parse(r.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)));
        }
        Set<String> fields = new TreeSet<>();
        for (String type : List.of("Query", "Mutation", "Subscription")) {
            List<ObjectTypeDefinition> parts = new ArrayList<>();
            registry.getType(type, ObjectTypeDefinition.class).ifPresent(parts::add);
            parts.addAll(registry.objectTypeExtensions().getOrDefault(type, List.of()));
            for (ObjectTypeDefinition part : parts) {
                for (FieldDefinition f : part.getFieldDefinitions()) {
                    fields.add(type + "." + f.getName());
                }
            }
        }
        return fields;
    }

    @Test
    void namesEveryRootFieldOfTheSchema() throws Exception {
        Set<String> fields = rootFields();
        assertThat(fields).as("the schema was found").contains("Query.me", "Query.entity", "Mutation.createPurpose");
        assertThat(fields).allSatisfy(f -> assertThat(AccessPolicy.rule(f))
                .as("%s has no line in nl.spoor.api.access.AccessPolicy: add one (roles, purpose needed?) and to the README's table", f)
                .isPresent());
    }

    @Test
    void namesNoFieldTheSchemaLacks() throws Exception {
        Set<String> fields = rootFields();
        List<String> stale = AccessPolicy.rules().keySet().stream().filter(k -> k.startsWith("Query.") || k.startsWith("Mutation."))
                .filter(k -> !k.endsWith(".__schema") && !k.endsWith(".__type") && !k.endsWith(".__typename"))
                .filter(k -> !fields.contains(k)).toList();
        assertThat(stale).as("policy lines for fields the schema does not have").isEmpty();
    }

    @Test
    void refusesAnOperationMissingFromThePolicyForEveryone() {
        for (Role role : Role.values()) {
            SpoorUser user = new SpoorUser("u", Set.of(role), "org");
            assertThatThrownBy(() -> PurposeBinding.require("Query.somethingNew", user, PurposeBinding.Resolved.NONE))
                    .isInstanceOfSatisfying(AccessRefusal.class, r -> assertThat(r.reason()).isEqualTo(AccessRefusal.Reason.UNLISTED_OPERATION));
        }
    }

    @Test
    void givesPrivacyJuristsNoInvestigationQueryAndInvestigatorsNoAdministration() {
        for (String q : List.of("Query.entity", "Query.search", "Query.moneyTrail", "Query.paths", "Query.unusualWealth")) {
            assertThat(AccessPolicy.rule(q).orElseThrow().roles()).doesNotContain(Role.PRIVACYJURIST, Role.BEHEERDER);
            assertThat(AccessPolicy.rule(q).orElseThrow().needsPurpose()).isTrue();
        }
        for (String m : List.of("Mutation.createPurpose", "Mutation.addPurposeMember", "Mutation.removePurposeMember")) {
            assertThat(AccessPolicy.rule(m).orElseThrow().roles()).containsExactly(Role.BEHEERDER);
        }
    }
}
