package nl.spoor.model.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.neo4j.graphdb.schema.AnalyzerProvider;

import nl.spoor.model.analysis.NameAnalyzer.Mode;

/**
 * Spoor's analyzers as Neo4j full-text analyzers, found by Neo4j through
 * {@code META-INF/services/org.neo4j.graphdb.schema.AnalyzerProvider} in every process that opens a store
 * with this module on its class path (the server, the command line, the tests). An external Neo4j server
 * needs this module's jar and commons-codec in its {@code plugins} folder (see the README, Search).
 */
public final class AnalyzerProviders {

    private AnalyzerProviders() {
    }

    private abstract static class Provider extends AnalyzerProvider {

        private final Mode mode;

        Provider(Mode mode) {
            super(mode.analyzerName());
            this.mode = mode;
        }

        @Override
        public Analyzer createAnalyzer() {
            return new NameAnalyzer(mode);
        }
    }

    /** {@code spoor-name}: the index analyzer, words and their Double Metaphone codes. */
    public static final class Names extends Provider {

        public Names() {
            super(Mode.INDEX);
        }

        @Override
        public String description() {
            return "Spoor: names and text, lower case, diacritics folded, initials and hyphenated names split, no stemming, "
                    + "no stop words; each word with its Double Metaphone codes at the same position.";
        }
    }

    /** {@code spoor-name-words}: the query analyzer for exact, fuzzy and prefix matching. */
    public static final class NameWords extends Provider {

        public NameWords() {
            super(Mode.WORDS);
        }

        @Override
        public String description() {
            return "Spoor: the words of spoor-name without their codes, for exact, fuzzy and prefix queries.";
        }
    }

    /** {@code spoor-name-sounds}: the query analyzer for phonetic matching. */
    public static final class NameSounds extends Provider {

        public NameSounds() {
            super(Mode.SOUNDS);
        }

        @Override
        public String description() {
            return "Spoor: only the Double Metaphone codes of spoor-name's words (Dutch ij and oe first), for phonetic queries.";
        }
    }
}
