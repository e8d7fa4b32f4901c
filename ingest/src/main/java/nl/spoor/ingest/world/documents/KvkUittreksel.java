package nl.spoor.ingest.world.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** Uittreksel Handelsregister of a company: identity, activities, address and directors, as PDF. */
final class KvkUittreksel implements DocumentKind {

    private final Office office;

    KvkUittreksel(Office office) {
        this.office = office;
    }

    @Override
    public String name() {
        return "kvk-uittreksel";
    }

    @Override
    public List<Candidate> candidates() {
        List<Candidate> list = new ArrayList<>();
        for (WorldRow company : office.world.nodes("Company")) {
            List<String> about = new ArrayList<>(List.of(company.id()));
            office.world.to("DIRECTOR_OF", company.id()).forEach(d -> about.add(d.from()));
            list.add(new Candidate(company, about));
        }
        return list;
    }

    @Override
    public Draft render(Candidate c, SplittableRandom random) {
        World world = office.world;
        WorldRow company = c.row();
        Draft.Mentions m = new Draft.Mentions(world);
        LocalDate extractDate = LocalDate.of(2024, 6, 1).plusDays(random.nextInt(300));
        String kvk = m.add(company.id(), company.get("kvkNummer"));
        String vestiging = String.format(Locale.ROOT, "%012d", Math.floorMod((long) kvk.hashCode() * 7919L, 1_000_000_000_000L));

        Sheet sheet = new Sheet("Uittreksel Handelsregister " + kvk, "Kamer van Koophandel",
                "Uittreksel Handelsregister KvK-nummer " + kvk);
        sheet.letterhead("Kamer van Koophandel", "Uittreksel Handelsregister", "KvK-nummer " + kvk);
        sheet.title("Uittreksel Handelsregister Kamer van Koophandel");
        sheet.paragraph("Dit uittreksel is gewaarmerkt met een elektronische handtekening en is een officieel bewijs van "
                + "inschrijving in het Handelsregister.");
        sheet.heading("Rechtspersoon");
        sheet.fields("RSIN", company.has("rsin") ? m.add(company.id(), company.get("rsin")) : null,
                "Rechtsvorm", company.getOr("legalForm", null),
                "Statutaire naam", m.add(company.id(), company.get("name")),
                "Statutaire zetel", world.addressOf(company.id()).map(a -> a.get("place")).orElse(null));
        sheet.heading("Onderneming");
        String sbi = company.has("sbiCode")
                ? "SBI-code: " + company.get("sbiCode").replace(".", "") + " - " + company.getOr("sbiDescription", "")
                : null;
        sheet.fields("Handelsnaam", company.get("name"),
                "KvK-nummer", kvk,
                "Startdatum onderneming", company.has("startDate") ? Dutch.numeric(company.date("startDate")) : null,
                "Datum opheffing", company.has("endDate") ? Dutch.numeric(company.date("endDate")) : null,
                "Activiteiten", sbi,
                "Vergunning", company.getOr("permit", null));
        sheet.heading("Vestiging");
        String phone = null;
        // An extract shows one telephone number: the first the register holds.
        for (WorldRow p : world.from("USES_PHONE", company.id())) {
            phone = m.add(p.to(), world.require(p.to(), p, "to").get("display"));
            break;
        }
        String email = null;
        for (WorldRow e : world.from("USES_EMAIL", company.id())) {
            email = m.add(e.to(), world.require(e.to(), e, "to").get("address"));
        }
        sheet.fields("Vestigingsnummer", vestiging,
                "Bezoekadres", world.addressOf(company.id()).map(a -> m.add(a.id(), World.addressLine(a))).orElse(null),
                "Telefoonnummer", phone, "E-mailadres", email,
                "Werkzame personen", String.valueOf(world.to("EMPLOYED_BY", company.id()).size()));
        List<WorldRow> directors = world.to("DIRECTOR_OF", company.id());
        if (!directors.isEmpty()) {
            sheet.heading("Bestuurders");
            for (WorldRow d : directors) {
                WorldRow person = world.require(d.from(), d, "from");
                String name = m.add(person.id(), person.get("name"));
                if ("Company".equals(world.label(person.id()))) {
                    sheet.fields("Naam", name, "KvK-nummer", m.add(person.id(), person.get("kvkNummer")),
                            "Datum in functie", d.has("from") ? Dutch.numeric(d.date("from")) : null);
                } else {
                    sheet.fields("Naam", name,
                            "Geboortedatum", person.has("birthDate") ? Dutch.numeric(person.date("birthDate")) : null,
                            "Datum in functie", d.has("from") ? Dutch.numeric(d.date("from")) : null,
                            "Datum uit functie", d.has("until") ? Dutch.numeric(d.date("until")) : null,
                            "Titel", "vennoot".equals(d.getOr("role", "")) ? "Vennoot" : "Bestuurder",
                            "Bevoegdheid", "Alleen/zelfstandig bevoegd");
                }
            }
        }
        sheet.paragraph("Uittreksel is vervaardigd op " + Dutch.numeric(extractDate) + " om "
                + String.format(Locale.ROOT, "%02d.%02d", 8 + random.nextInt(10), random.nextInt(60)) + " uur.");
        return office.draft("kvk", "kvk-uittreksel", "handelsregister", sheet, m, c.about(), OfficeFormat.PDF,
                Office.at(extractDate, random), "kvk-" + kvk + "-" + extractDate);
    }
}
