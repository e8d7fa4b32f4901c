package nl.spoor.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Which parts of a result the walk over what an explanation names reads: those whose declared type can hold an entity. */
class ReturnedEntitiesTest {

    record Ref(String spoorId, String caption) {
    }

    record Measure(String name, double value, LocalDate day) {
    }

    record Step(Ref from, Ref to, List<String> keys) {
    }

    record Node(String label, List<Node> children) {
    }

    record Result(int rank, List<Measure> indicators, List<Ref> subjects, List<List<Step>> evidence, Map<String, Object> extra,
                  Object anything, Node tree, String explanation) {
    }

    static boolean[] walked(Class<? extends Record> type) {
        var components = type.getRecordComponents();
        boolean[] out = new boolean[components.length];
        for (int i = 0; i < components.length; i++) {
            out[i] = ReturnedEntities.mayHoldEntities(components[i].getGenericType(), new HashSet<>());
        }
        return out;
    }

    @Test
    void readsOnlyTheComponentsThatCanHoldAnEntity() {
        assertThat(walked(Result.class)).containsExactly(false, false, true, true, true, true, false, false);
        assertThat(walked(Step.class)).containsExactly(true, true, false);
        assertThat(walked(Ref.class)).containsExactly(false, false);
    }
}
