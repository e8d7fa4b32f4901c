package nl.spoor.api.document;

import java.util.List;

import org.springframework.stereotype.Component;

import nl.spoor.api.warmup.PlanWarmUp;
import nl.spoor.api.warmup.QueryPlans;

/** {@code documentPage} (a document's page with its mentions and sources) for the plan warm-up. */
@Component
class DocumentPlans implements QueryPlans {

    private final DocumentPageController pages;

    DocumentPlans(DocumentPageController pages) {
        this.pages = pages;
    }

    @Override
    public List<Family> families() {
        return List.of(new Family("documentPage", f -> {
            if (f.view().all() && !f.scoped()) {
                pages.documentPage(PlanWarmUp.SPOOR_ID, 1); // the same text and parameters for every view
            }
        }));
    }
}
