package nl.spoor.api.visibility;

import static nl.spoor.api.visibility.PartitionedWorld.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.spoor.api.access.Role;
import nl.spoor.api.testing.SignedIn;
import nl.spoor.model.writer.GraphWriter;
import tools.jackson.databind.JsonNode;

/** Visibility as a signed-in user meets it: over HTTP, the purpose in X-Spoor-Purpose, on the PartitionedWorld. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "SPOOR_BSN_KEY=0000000000000000000000000000000000000000000000000000000000000000")
class VisibilityHttpTest {

    static final Path HOME = nl.spoor.api.testing.ServerHome.temporary("spoor-visibility-http-");

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("SPOOR_HOME", HOME::toString);
    }

    @AfterAll
    static void removeRunFile() throws Exception {
        Files.deleteIfExists(HOME.resolve("run/server.properties"));
    }

    @Value("${local.server.port}")
    int port;

    @Autowired
    ApplicationContext context;

    private static boolean written;

    @Autowired
    void world(GraphWriter writer) {
        synchronized (VisibilityHttpTest.class) {
            if (!written) {
                PartitionedWorld.write(writer);
                written = true;
            }
        }
    }

    SignedIn user(String name, Role role, String purpose, Set<String> partners) {
        SignedIn.purpose(context, purpose, partners);
        return SignedIn.as(context, port, name, Set.of(role), purpose);
    }

    @Test
    void aSignedInUserSeesOnlyTheFactsOfHisPurposesPartners() throws Exception {
        SignedIn a = user("vis-rechercheur-a", Role.RECHERCHEUR, "HTTP-A", Set.of("politie-nh"));
        SignedIn b = user("vis-rechercheur-b", Role.RECHERCHEUR, "HTTP-B", Set.of("belastingdienst"));
        String firm = "{ entity(spoorId: \"" + FIRM.spoorId() + "\") { relationships { other { caption } sources { source { sourceId } } } } }";
        JsonNode seenByA = a.graphql(firm);
        assertThat(seenByA.get("errors")).isNull();
        assertThat(seenByA.at("/data/entity/relationships").toString()).contains("Jan de Vries").doesNotContain("Piet").doesNotContain(B);
        JsonNode seenByB = b.graphql(firm);
        assertThat(seenByB.at("/data/entity/relationships").toString()).contains("Piet Bakker").doesNotContain("Jan").doesNotContain(A + "\"");
        assertThat(b.graphql("{ entity(spoorId: \"" + JAN.spoorId() + "\") { caption } }").at("/data/entity").isNull()).isTrue();
    }

    @Test
    void aTifUserSeesMinorsMaskedAndNoBsnOverHttp() throws Exception {
        SignedIn tif = user("vis-tif-a", Role.TIF, "HTTP-A", Set.of("politie-nh"));
        JsonNode house = tif.graphql("{ entity(spoorId: \"" + HOUSE.spoorId() + "\") { relationships { other { spoorId caption } } } }");
        assertThat(house.get("errors")).isNull();
        assertThat(house.toString()).contains("minderjarige").contains("slachtoffer").doesNotContain("Lisa").doesNotContain("Eva")
                .doesNotContain(BSN_HASH);
        JsonNode lookup = tif.graphql("{ entityByIdentifier(type: BSN, value: \"" + BSN + "\") { caption } }");
        assertThat(lookup.at("/errors/0/extensions/refused").asString()).isEqualTo("NOT_ALLOWED");
    }
}
