package nl.spoor.api.search;

import java.util.List;

import org.springframework.stereotype.Component;

import nl.spoor.api.warmup.QueryPlans;

/** {@code search} for the plan warm-up: names and document pages, fuzzy and phonetic, every type (the API's defaults). */
@Component
class SearchPlans implements QueryPlans {

    private final NameSearch search;

    SearchPlans(NameSearch search) {
        this.search = search;
    }

    @Override
    public List<Family> families() {
        return List.of(new Family("search", f -> {
            if (!f.scoped()) {
                // The Lucene query's length is in the plan's key (to its order of magnitude): one name, and a full one.
                for (String name : List.of("Jansen", "Jan de Vries")) {
                    search.search(name, null, true, true, null, null, f.view());
                }
            }
        }));
    }
}
