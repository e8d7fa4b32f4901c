package nl.spoor.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The modules keep to their layers: the model and ingest know nothing of the web or GraphQL. */
class ModuleBoundariesTest {

    static JavaClasses spoor;

    @BeforeAll
    static void importSpoor() {
        spoor = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("nl.spoor");
    }

    @Test
    void graphModelKnowsNothingOfSpringGraphqlOrTheOtherModules() {
        noClasses().that().resideInAPackage("nl.spoor.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "graphql..", "nl.spoor.api..", "nl.spoor.ingest..")
                .check(spoor);
    }

    @Test
    void ingestKnowsNothingOfGraphqlOrTheServer() {
        noClasses().that().resideInAPackage("nl.spoor.ingest..")
                .should().dependOnClassesThat().resideInAnyPackage("graphql..", "org.springframework.graphql..", "org.springframework.web..", "nl.spoor.api..")
                .check(spoor);
    }

    @Test
    void onlyTheStorePackageTouchesEmbeddedNeo4jInternals() {
        // nl.spoor.model.testing is graph-model's test jar (a Neo4j server process for tests registers Spoor's
        // procedures on it); it reaches this classpath as a jar, so ImportOption cannot leave it out as a test.
        noClasses().that().resideInAPackage("nl.spoor..").and().resideOutsideOfPackages("nl.spoor.model.store..", "nl.spoor.model.testing..")
                .should().dependOnClassesThat().resideInAnyPackage("org.neo4j.dbms..", "org.neo4j.kernel..", "org.neo4j.configuration..")
                .check(spoor);
    }
}
