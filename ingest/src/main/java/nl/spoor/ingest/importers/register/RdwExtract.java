package nl.spoor.ingest.importers.register;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.spoor.model.graph.EntityKind;
import nl.spoor.model.graph.EntityRef;
import nl.spoor.model.graph.IdentifierKeys;
import nl.spoor.model.graph.RelationshipKind;
import nl.spoor.model.identifiers.Kenteken;

/**
 * RDW kentekenregister: the vehicle (kenteken with its side-code, merk, handelsbenaming, voertuigsoort,
 * datum eerste toelating, catalogusprijs) and its tenaamstelling ({@code REGISTERED_OWNER}, keyed by the
 * datum tenaamstelling as the world keys it, so a car registered to the same person twice is two periods).
 */
final class RdwExtract {

    private RdwExtract() {
    }

    static void read(RegisterTable table, RegisterFacts facts) {
        for (RegisterRow row : table.rows()) {
            Kenteken kenteken = row.kenteken("Kenteken");
            LocalDate toelating = row.requiredDate("Datum eerste toelating");
            LocalDate tenaam = row.requiredDate("Datum tenaamstelling");
            LocalDate einde = row.date("Datum einde tenaamstelling");
            row.ordered("Datum tenaamstelling", tenaam, "Datum einde tenaamstelling", einde);
            Map<String, Object> vehicle = new LinkedHashMap<>();
            vehicle.put("kenteken", kenteken.value());
            vehicle.put("sideCode", (long) kenteken.sideCode());
            vehicle.put("make", row.required("Merk"));
            vehicle.put("model", row.required("Handelsbenaming"));
            vehicle.put("vehicleType", row.text("Voertuigsoort"));
            vehicle.put("catalogueValue", row.amount("Catalogusprijs"));
            vehicle.put("firstRegistration", toelating);
            EntityRef car = facts.entity(new EntityRef(EntityKind.VEHICLE, IdentifierKeys.KENTEKEN.refForStoredValue(kenteken.value()).spoorId()),
                    vehicle, row);
            EntityRef holder = facts.party(row, "BSN tenaamgestelde", "KvK-nummer tenaamgestelde", "Naam tenaamgestelde", null);
            facts.relationship(RelationshipKind.REGISTERED_OWNER, holder, car, tenaam.toString(), RegisterFacts.period(tenaam, einde), row);
        }
    }
}
