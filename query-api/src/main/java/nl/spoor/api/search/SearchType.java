package nl.spoor.api.search;

/** The kinds of entity a search can be limited to (GraphQL {@code SearchType}); DOCUMENT includes document text. */
enum SearchType {
    PERSON("Person"), COMPANY("Company"), ORGANIZATION("Organization"), ADDRESS("Address"), PLACE("Place"),
    VEHICLE("Vehicle"), REAL_ESTATE("RealEstate"), AD("Ad"), DOCUMENT("Document");

    final String label;

    SearchType(String label) {
        this.label = label;
    }
}
