package nl.spoor.ingest.world.documents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** A monthly payslip (loonstrook) from an EMPLOYED_BY row, as PDF. */
final class Loonstrook implements DocumentKind {

    private final Office office;

    Loonstrook(Office office) {
        this.office = office;
    }

    @Override
    public String name() {
        return "loonstrook";
    }

    @Override
    public List<Candidate> candidates() {
        return office.world.relationships("EMPLOYED_BY").stream().filter(r -> r.has("monthlyWage"))
                .map(r -> new Candidate(r, List.of(r.from(), r.to()))).toList();
    }

    @Override
    public Draft render(Candidate c, SplittableRandom random) {
        World world = office.world;
        WorldRow row = c.row();
        Draft.Mentions m = new Draft.Mentions(world);
        WorldRow employee = world.require(row.from(), row, "from");
        WorldRow employer = world.require(row.to(), row, "to");
        LocalDate from = row.optionalDate("from").orElse(LocalDate.of(2024, 1, 1));
        LocalDate until = row.optionalDate("until").orElse(LocalDate.of(2024, 12, 31));
        LocalDate first = from.isAfter(LocalDate.of(2024, 1, 1)) ? from : LocalDate.of(2024, 1, 1);
        long months = Math.max(1, java.time.temporal.ChronoUnit.MONTHS.between(first, until) + 1);
        LocalDate period = first.plusMonths(random.nextLong(months)).withDayOfMonth(1);

        BigDecimal gross = row.amount("monthlyWage");
        BigDecimal holiday = gross.multiply(new BigDecimal("0.08")).setScale(2, RoundingMode.HALF_UP);
        BigDecimal pension = gross.multiply(new BigDecimal("0.055")).setScale(2, RoundingMode.HALF_UP);
        BigDecimal taxable = gross.subtract(pension);
        BigDecimal tax = taxable.multiply(new BigDecimal("0.1" + (2 + random.nextInt(6)))).setScale(2, RoundingMode.HALF_UP);
        BigDecimal net = gross.subtract(pension).subtract(tax);

        Sheet sheet = new Sheet("Loonstrook " + Dutch.month(period), employer.get("name"), "Salarisstrook "
                + Dutch.month(period));
        String employerName = m.add(employer.id(), employer.get("name"));
        List<String> head = new ArrayList<>();
        world.addressOf(employer.id()).ifPresent(a -> head.add(m.add(a.id(), World.addressLine(a))));
        if (employer.has("kvkNummer")) {
            head.add("KvK-nummer " + m.add(employer.id(), employer.get("kvkNummer")));
        }
        sheet.letterhead(employerName, head.toArray(String[]::new));
        sheet.title("Loonstrook " + Dutch.month(period));
        sheet.fields("Werknemer:", m.add(employee.id(), employee.get("name")),
                "Personeelsnummer:", String.format(Locale.ROOT, "%05d", 100 + random.nextInt(9_000)),
                "BSN:", employee.has("bsn") ? m.add(employee.id(), employee.get("bsn")) : null,
                "Geboortedatum:", employee.has("birthDate") ? Dutch.numeric(employee.date("birthDate")) : null,
                "Adres:", world.addressOf(employee.id()).map(a -> m.add(a.id(), World.addressLine(a))).orElse(null),
                "In dienst sinds:", Dutch.numeric(from),
                "Periode:", Dutch.month(period),
                "Loonheffingskorting:", "ja");
        sheet.table(List.of("Omschrijving", "Grondslag", "Bedrag"), List.of(
                        List.of("Salaris", "", Dutch.amount(gross)),
                        List.of("Pensioenpremie werknemer", Dutch.amount(gross), "-" + Dutch.amount(pension)),
                        List.of("Loonheffing (witte tabel)", Dutch.amount(taxable), "-" + Dutch.amount(tax)),
                        List.of("Reservering vakantiegeld 8%", Dutch.amount(gross), Dutch.amount(holiday)),
                        List.of("Netto te betalen", "", Dutch.amount(net))),
                new float[] {50, 25, 25}, true);
        String account = world.accountsOf(employee.id()).stream().findFirst()
                .map(a -> m.add(a, Dutch.iban(world.require(a, row, "from").get("iban")))).orElse(null);
        sheet.paragraph(account == null ? "Het nettoloon is contant uitbetaald."
                : "Het nettoloon van " + Dutch.euro(net) + " wordt overgemaakt op rekening " + account + ".");
        return office.draft("loon", "loonstrook", "maand", sheet, m, c.about(), OfficeFormat.pick(random, 70, 0, 10, 10, 10),
                Office.at(period.plusDays(24), random), "loon-" + row.from() + "-" + period);
    }
}
