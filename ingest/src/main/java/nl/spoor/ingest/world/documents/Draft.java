package nl.spoor.ingest.world.documents;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A document rendered in memory, before it gets its path. {@code about} are the entities the document
 * is about (its subject first); they decide the case the document belongs to.
 */
record Draft(String folder, String extension, String kind, String variant, String format, byte[] bytes,
             List<Mention> mentions, List<String> about, RenderedDocument.Scan scan) {

    /** The id prefix of a mention of something that is not in the world. */
    static final String EXTERN = "extern:";

    /** Collects mentions in order of appearance, each (id, text) once. */
    static final class Mentions {
        private final World world;
        private final Set<String> seen = new LinkedHashSet<>();
        private final List<Mention> list = new ArrayList<>();

        Mentions(World world) {
            this.world = world;
        }

        /** Records that {@code text} is written in the document for entity {@code id}; returns the text. */
        String add(String id, String text) {
            if (seen.add(id + "\u0000" + text)) {
                list.add(new Mention(id, world.label(id), text));
            }
            return text;
        }

        /**
         * Records a name or address written in the document that is no entity of the world (the police
         * officer who drew up a PV, the office a mail went to), so that finding it is not counted as an
         * error; its id is {@code extern:} and the text.
         */
        String outsideWorld(String kind, String text) {
            if (seen.add(EXTERN + text + "\u0000" + text)) {
                list.add(new Mention(EXTERN + text, kind, text));
            }
            return text;
        }

        void addAll(List<Mention> mentions) {
            for (Mention m : mentions) {
                if (seen.add(m.id() + "\u0000" + m.text())) {
                    list.add(m);
                }
            }
        }

        List<Mention> list() {
            return List.copyOf(list);
        }
    }
}
