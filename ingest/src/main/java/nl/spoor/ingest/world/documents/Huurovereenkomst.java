package nl.spoor.ingest.world.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Huurovereenkomst woonruimte from a LANDLORD_OF row, as DOCX or PDF. */
final class Huurovereenkomst implements DocumentKind {

    private final Office office;

    Huurovereenkomst(Office office) {
        this.office = office;
    }

    @Override
    public String name() {
        return "huurovereenkomst";
    }

    @Override
    public List<Candidate> candidates() {
        return office.world.relationships("LANDLORD_OF").stream()
                .map(r -> new Candidate(r, List.of(r.to(), r.from(), r.get("address")))).toList();
    }

    @Override
    public Draft render(Candidate c, SplittableRandom random) {
        World world = office.world;
        WorldRow row = c.row();
        Draft.Mentions m = new Draft.Mentions(world);
        WorldRow landlord = world.require(row.from(), row, "from");
        WorldRow tenant = world.require(row.to(), row, "to");
        WorldRow address = world.require(row.get("address"), row, "address");
        LocalDate start = row.optionalDate("from").orElse(LocalDate.of(2024, 1, 1));
        boolean company = "Company".equals(world.label(landlord.id()));

        Sheet sheet = new Sheet("Huurovereenkomst " + World.streetLine(address), landlord.get("name"), "Paraaf verhuurder: ____   Paraaf huurder: ____");
        sheet.title("HUUROVEREENKOMST WOONRUIMTE");
        sheet.heading("Ondergetekenden");
        String landlordName = m.add(landlord.id(), landlord.get("name"));
        String landlordId = company ? ", ingeschreven in het Handelsregister onder KvK-nummer "
                + m.add(landlord.id(), landlord.get("kvkNummer")) : "";
        String landlordAddress = world.addressOf(landlord.id())
                .map(a -> ", " + (company ? "gevestigd" : "wonende") + " te " + m.add(a.id(), World.addressLine(a)))
                .orElse("");
        sheet.paragraph("1. " + landlordName + landlordId + landlordAddress + ", hierna te noemen 'verhuurder', en");
        String tenantName = m.add(tenant.id(), tenant.get("name"));
        String born = tenant.has("birthDate") ? ", geboren op " + Dutch.date(tenant.date("birthDate"))
                + (tenant.has("birthPlace") ? " te " + tenant.get("birthPlace") : "") : "";
        sheet.paragraph("2. " + tenantName + born + ", hierna te noemen 'huurder',");
        sheet.paragraph("zijn het volgende overeengekomen.");
        sheet.heading("Artikel 1 Het gehuurde");
        sheet.paragraph("1.1 Verhuurder verhuurt aan huurder en huurder huurt van verhuurder de woonruimte, "
                + (company ? "zijnde een kamer met gedeeld gebruik van keuken en sanitair, " : "")
                + "plaatselijk bekend als " + m.add(address.id(), World.addressLine(address)) + ", hierna 'het gehuurde'.");
        sheet.heading("Artikel 2 Duur");
        sheet.paragraph("2.1 Deze overeenkomst gaat in op " + Dutch.date(start) + " en is aangegaan voor onbepaalde tijd.");
        sheet.heading("Artikel 3 Huurprijs en betaling");
        String rent = row.has("monthlyRent") ? Dutch.euro(row.amount("monthlyRent")) : "€ 0,00";
        String iban = world.accountsOf(landlord.id()).stream().findFirst()
                .map(a -> " op rekening " + m.add(a, Dutch.iban(world.require(a, row, "from").get("iban")))
                        + " ten name van " + landlordName)
                .orElse(" contant aan verhuurder");
        sheet.paragraph("3.1 De huurprijs bedraagt " + rent + " per maand, inclusief servicekosten. De huur is bij "
                + "vooruitbetaling verschuldigd vóór de eerste dag van iedere maand, te voldoen" + iban + ".");
        sheet.paragraph("3.2 Huurder betaalt bij ondertekening een waarborgsom ter hoogte van twee maanden huur.");
        sheet.heading("Artikel 4 Gebruik");
        sheet.paragraph("4.1 Huurder zal het gehuurde uitsluitend gebruiken als woonruimte voor zichzelf. Onderverhuur "
                + "is zonder schriftelijke toestemming van verhuurder niet toegestaan.");
        sheet.signature("Aldus opgemaakt en ondertekend in tweevoud te " + address.get("place") + " op "
                + Dutch.date(start.minusDays(1 + random.nextInt(20))) + ".", "",
                "Verhuurder: " + landlordName, "", "Huurder: " + tenantName);
        return office.draft("huur", "huurovereenkomst", "woonruimte", sheet, m, c.about(), OfficeFormat.pick(random, 35, 35, 10, 10, 10),
                Office.at(start.minusDays(1), random), "huur-" + row.from() + "-" + row.to());
    }
}
