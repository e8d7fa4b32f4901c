package nl.spoor.ingest.world.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Processen-verbaal of the police: a traffic control (from OBSERVED_DRIVING rows with observation
 * {@code verkeerscontrole}) and a house search (doorzoeking) of an address where people live.
 */
final class ProcesVerbaal {

    private ProcesVerbaal() {
    }

    private static String baseTeam(String municipality) {
        return switch (municipality) {
            case "Amsterdam" -> "Basisteam Amsterdam-Centrum";
            case "Haarlem" -> "Basisteam Haarlem";
            case "Zaanstad" -> "Basisteam Zaanstreek";
            default -> "Basisteam " + municipality;
        };
    }

    /** The person's identity block: name, birth, BSN, address; each written once and mentioned. */
    static void personFields(World world, Sheet sheet, Draft.Mentions m, String personId, WorldRow referrer) {
        WorldRow p = world.require(personId, referrer, "from");
        String born = p.has("birthDate")
                ? Dutch.numeric(p.date("birthDate")) + (p.has("birthPlace") ? " te " + p.get("birthPlace") : "")
                : null;
        String address = world.addressOf(personId).map(a -> m.add(a.id(), World.addressLine(a))).orElse(null);
        sheet.fields(
                "Naam:", m.add(personId, p.get("name")),
                "Achternaam:", p.has("tussenvoegsel") ? p.get("tussenvoegsel") + " " + p.get("surname") : p.getOr("surname", null),
                "Voornamen:", p.getOr("givenNames", null),
                "Geboren:", born,
                "Geslacht:", p.has("gender") ? ("M".equals(p.get("gender")) ? "man" : "vrouw") : null,
                "Nationaliteit:", p.getOr("nationality", null),
                "BSN:", p.has("bsn") ? m.add(personId, p.get("bsn")) : null,
                "Adres:", address);
    }

    /** Verkeerscontrole: driver, vehicle, place and date of the stop. */
    static final class Verkeerscontrole implements DocumentKind {
        private final Office office;

        Verkeerscontrole(Office office) {
            this.office = office;
        }

        @Override
        public String name() {
            return "pv-verkeerscontrole";
        }

        @Override
        public List<Candidate> candidates() {
            List<Candidate> list = new ArrayList<>();
            for (WorldRow row : office.world.relationships("OBSERVED_DRIVING")) {
                if ("verkeerscontrole".equals(row.getOr("observation", ""))) {
                    List<String> about = new ArrayList<>(List.of(row.from(), row.to()));
                    office.world.to("REGISTERED_OWNER", row.to()).forEach(o -> about.add(o.from()));
                    list.add(new Candidate(row, about));
                }
            }
            return list;
        }

        @Override
        public Draft render(Candidate c, SplittableRandom random) {
            World world = office.world;
            WorldRow row = c.row();
            Draft.Mentions m = new Draft.Mentions(world);
            LocalDate date = row.date("date");
            WorldRow vehicle = world.require(row.to(), row, "to");
            // The place is a Place node's id (place:GM0479) or, as the generator writes it, the town's name.
            String placeValue = row.get("place");
            WorldRow place = placeValue != null && placeValue.startsWith("place:") ? world.require(placeValue, row, "place") : null;
            String town = place != null ? place.get("name") : placeValue;
            String officer = m.outsideWorld("Person", Office.officer(random));
            String number = Office.pvNumber(date, random);
            String time = String.format(Locale.ROOT, "%02d:%02d", 7 + random.nextInt(16), random.nextInt(60));

            Sheet sheet = new Sheet("Proces-verbaal verkeerscontrole " + number, officer, "Proces-verbaalnummer " + number);
            sheet.letterhead("Politie Eenheid Noord-Holland", baseTeam(town), "Postbus 2300, 2002 CH Haarlem");
            sheet.title("PROCES-VERBAAL VAN BEVINDINGEN");
            sheet.fields("Proces-verbaalnummer:", number, "Onderwerp:", "Verkeerscontrole", "Datum:", Dutch.date(date));
            String placeName = place != null ? m.add(place.id(), town) : town;
            String plate = m.add(vehicle.id(), Dutch.kenteken(vehicle.get("kenteken")));
            sheet.paragraph("Ik, verbalisant, " + officer + ", hoofdagent van politie Eenheid Noord-Holland, verklaar "
                    + "het volgende.");
            sheet.paragraph("Op " + Dutch.date(date) + " omstreeks " + time + " uur bevond ik mij, in uniform gekleed en "
                    + "rijdende in een opvallend dienstvoertuig, op de openbare weg in de gemeente " + placeName + ". "
                    + "Daar zag ik een personenauto van het merk " + vehicle.getOr("make", "onbekend") + ", type "
                    + vehicle.getOr("model", "onbekend") + ", voorzien van het kenteken " + plate + ". Ik heb de bestuurder "
                    + "een stopteken gegeven ter controle als bedoeld in artikel 160 van de Wegenverkeerswet 1994.");
            sheet.heading("Bestuurder");
            sheet.paragraph("De bestuurder legitimeerde zich met een geldig rijbewijs. Uit raadpleging van de BRP bleek:");
            personFields(world, sheet, m, row.from(), row);
            sheet.heading("Voertuig");
            List<WorldRow> owners = world.to("REGISTERED_OWNER", vehicle.id());
            String ownerId = owners.isEmpty() ? null : owners.getLast().from();
            String ownerName = ownerId == null ? null : m.add(ownerId, world.name(ownerId));
            sheet.fields("Kenteken:", plate, "Merk:", vehicle.getOr("make", null), "Type:", vehicle.getOr("model", null),
                    "Datum eerste toelating:", vehicle.has("firstRegistration")
                            ? Dutch.numeric(vehicle.date("firstRegistration")) : null,
                    "Tenaamstelling (RDW):", ownerName);
            if (ownerId != null && !ownerId.equals(row.from())) {
                sheet.paragraph("Uit bevraging van het kentekenregister van de RDW bleek dat het voertuig niet op naam van "
                        + "de bestuurder stond, maar op naam van " + ownerName + ". De bestuurder verklaarde "
                        + (random.nextBoolean() ? "dat hij het voertuig had geleend." : "dat hij de auto vaker gebruikte.")
                        + " Ik heb hiervan melding gemaakt ten behoeve van het FIT.");
            } else {
                sheet.paragraph("Uit bevraging van het kentekenregister van de RDW bleek dat het voertuig op naam van de "
                        + "bestuurder stond. De keuring (APK) was geldig.");
            }
            sheet.signature("Waarvan door mij is opgemaakt dit proces-verbaal, dat ik sloot en ondertekende te "
                    + placeName + " op " + Dutch.date(date) + ".", "", officer, "hoofdagent van politie");
            OfficeFormat format = OfficeFormat.pick(random, 40, 25, 12, 12, 11);
            return office.draft("pv", "proces-verbaal", "verkeerscontrole", sheet, m, c.about(), format,
                    Office.at(date, random), number);
        }
    }

    /** Doorzoeking: an address, the people found there, cash and goods seized. */
    static final class Doorzoeking implements DocumentKind {
        private static final String[] ROOMS = {"de slaapkamer", "de keuken", "een kast in de gang", "de meterkast",
                "de zolder", "een schoenendoos onder het bed", "de woonkamer"};
        private static final String[] GOODS = {"een horloge van het merk Rolex, type Submariner",
                "een horloge van het merk Audemars Piguet", "drie mobiele telefoons (iPhone)",
                "een handtas van het merk Louis Vuitton", "een gouden schakelketting", "een geldtelmachine",
                "twee laptops van het merk Apple", "een vacuümsealer met sealzakken"};
        private final Office office;
        private final Truth truth;

        Doorzoeking(Office office, Truth truth) {
            this.office = office;
            this.truth = truth;
        }

        @Override
        public String name() {
            return "pv-doorzoeking";
        }

        @Override
        public List<Candidate> candidates() {
            List<Candidate> list = new ArrayList<>();
            for (WorldRow address : office.world.nodes("Address")) {
                List<WorldRow> residents = office.world.to("LIVES_AT", address.id());
                if (!residents.isEmpty() && residents.size() <= 12) {
                    List<String> about = new ArrayList<>();
                    about.add(address.id());
                    residents.forEach(r -> about.add(r.from()));
                    list.add(new Candidate(address, about));
                }
            }
            return list;
        }

        @Override
        public Draft render(Candidate c, SplittableRandom random) {
            World world = office.world;
            WorldRow address = c.row();
            Draft.Mentions m = new Draft.Mentions(world);
            LocalDate date = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(366));
            String officer = m.outsideWorld("Person", Office.officer(random));
            String number = Office.pvNumber(date, random);
            String where = m.add(address.id(), World.addressLine(address));
            boolean caseRelated = c.about().stream().anyMatch(truth::inCase);

            Sheet sheet = new Sheet("Proces-verbaal van doorzoeking " + number, officer, "Proces-verbaalnummer " + number);
            sheet.letterhead("Politie Eenheid Noord-Holland", "Dienst Regionale Recherche", "Postbus 2300, 2002 CH Haarlem");
            sheet.title("PROCES-VERBAAL VAN DOORZOEKING TER INBESLAGNEMING");
            sheet.fields("Proces-verbaalnummer:", number, "Datum doorzoeking:", Dutch.date(date),
                    "Adres:", where, "Soort object:", address.getOr("addressType", "woning"));
            sheet.paragraph("Ik, verbalisant, " + officer + ", inspecteur van politie, verklaar dat ik op "
                    + Dutch.date(date) + ", ter uitvoering van een machtiging van de rechter-commissaris (artikel 97 van "
                    + "het Wetboek van Strafvordering), de woning gelegen aan de " + where
                    + " ben binnengetreden en heb doorzocht ter inbeslagneming.");
            sheet.heading("Aangetroffen personen");
            List<WorldRow> residents = world.to("LIVES_AT", address.id());
            for (WorldRow resident : residents) {
                WorldRow p = world.require(resident.from(), resident, "from");
                sheet.fields("Naam:", m.add(p.id(), p.get("name")),
                        "Geboren:", p.has("birthDate") ? Dutch.numeric(p.date("birthDate")) : null,
                        "BSN:", p.has("bsn") ? m.add(p.id(), p.get("bsn")) : "onbekend (geen BSN)");
            }
            sheet.heading("In beslag genomen");
            List<List<String>> rows = new ArrayList<>();
            int item = 1;
            BigDecimal cash = BigDecimal.valueOf((caseRelated ? 15_000 : 200) + random.nextInt(caseRelated ? 90_000 : 2_500))
                    .setScale(2);
            rows.add(List.of(String.valueOf(item++), "contant geld in coupures van € 50 en € 100",
                    ROOMS[random.nextInt(ROOMS.length)], Dutch.euro(cash)));
            int goods = caseRelated ? 2 + random.nextInt(3) : random.nextInt(2);
            for (int i = 0; i < goods; i++) {
                rows.add(List.of(String.valueOf(item++), GOODS[random.nextInt(GOODS.length)],
                        ROOMS[random.nextInt(ROOMS.length)], "-"));
            }
            for (WorldRow resident : residents) {
                for (WorldRow owned : world.from("REGISTERED_OWNER", resident.from())) {
                    WorldRow v = world.require(owned.to(), owned, "to");
                    rows.add(List.of(String.valueOf(item++), "sleutels van personenauto " + v.getOr("make", "") + " "
                            + v.getOr("model", "") + ", kenteken " + m.add(v.id(), Dutch.kenteken(v.get("kenteken"))),
                            "voor de woning geparkeerd", "-"));
                }
            }
            sheet.table(List.of("nr.", "omschrijving", "vindplaats", "bedrag"), rows, new float[] {6, 50, 30, 18}, true);
            sheet.paragraph("De goederen zijn in beslag genomen en overgebracht naar het bureau. Van het contante geld is "
                    + "in aanwezigheid van een tweede verbalisant een telling verricht.");
            sheet.signature("Waarvan door mij is opgemaakt dit proces-verbaal, dat ik sloot en ondertekende op "
                    + Dutch.date(date) + ".", "", officer, "inspecteur van politie");
            OfficeFormat format = OfficeFormat.pick(random, 40, 25, 12, 12, 11);
            return office.draft("pv", "proces-verbaal", "doorzoeking", sheet, m, c.about(), format,
                    Office.at(date, random), number);
        }
    }
}
