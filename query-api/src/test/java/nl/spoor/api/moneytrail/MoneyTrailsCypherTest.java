package nl.spoor.api.moneytrail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every money-trail behaviour of {@link MoneyTrailsTest} again with the Cypher 25 form (what a Neo4j server
 * without Spoor's plugin runs): the traversal procedure and the Cypher must find the same trails.
 */
class MoneyTrailsCypherTest extends MoneyTrailsTest {

    @BeforeAll
    static void cypher() {
        search = new TrailSearch(NEO4J.store(), LIMITS, TrailSearch.Engine.CYPHER);
        trails = new MoneyTrails(new StartAccounts(), search, new TrailDetails(), LIMITS);
    }

    @Test
    @Override
    void findsTrailsWithTheEngineTheStoreOffers() {
        assertThat(search.engine()).isEqualTo(TrailSearch.Engine.CYPHER);
    }
}
