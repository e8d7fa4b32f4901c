package nl.spoor.ingest.world;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.SplittableRandom;

import nl.spoor.model.graph.RelationshipKind;

/**
 * The everyday bank traffic of every household over the statement period, written month by month
 * straight to TRANSFER.csv, CASH_WITHDRAWAL.csv and CASH_DEPOSIT.csv: salaries, draws and benefits in,
 * rent or mortgage, energy, health insurance, internet, groceries by card, web shop payments, transfers to
 * family, cash. Nothing of it is kept in memory. Amounts follow the household's income.
 */
final class Payments {

    private static final String[] MONTHS = {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
            "september", "oktober", "november", "december"};

    private final Population population;
    private final WorldBuilder world;
    private final SplittableRandom random;
    private long reference;

    Payments(Population population, SplittableRandom random) {
        this.population = population;
        this.world = population.world;
        this.random = random;
    }

    /** Writes the payments of every month from {@code from} to {@code until} (inclusive months). */
    void generate(YearMonth from, YearMonth until, Runnable tick) {
        List<Household> households = List.copyOf(population.households);
        for (YearMonth m = from; !m.isAfter(until); m = m.plusMonths(1)) {
            for (Household h : households) {
                month(h, m);
                tick.run();
            }
        }
    }

    private String ref(LocalDate date) {
        reference++;
        return "TRX" + date.getYear() + String.format(java.util.Locale.ROOT, "%010d", reference);
    }

    private void transfer(String from, String to, long cents, LocalDate date, String description, String channel) {
        if (from == null || to == null || from.equals(to) || cents <= 0) {
            return;
        }
        world.transfer(from, to, ref(date), Sources.bank(from.substring(9, 13)), cents, date, description, channel);
    }

    private LocalDate day(YearMonth m, int day) {
        return m.atDay(Math.min(day, m.lengthOfMonth()));
    }

    private void month(Household h, YearMonth m) {
        String month = MONTHS[m.getMonthValue() - 1] + " " + m.getYear();
        long income = 0;
        for (Resident r : h.members) {
            if (r.iban == null) {
                continue;
            }
            if (r.income == Resident.Income.EMPLOYEE && r.payer != null) {
                long net = netSalary(r.monthlyCents, m);
                transfer(r.payer.iban(), r.iban, net, day(m, 23 + random.nextInt(5)),
                        (m.getMonthValue() == 5 ? "Salaris en vakantiegeld " : "Salaris ") + month + " " + r.payer.name(), "salaris");
                income += net;
            } else if (r.income == Resident.Income.SELF_EMPLOYED && r.payer != null) {
                transfer(r.payer.iban(), r.iban, r.monthlyCents, day(m, 1 + random.nextInt(28)), "Privé-opname " + month, "sepa");
                income += r.monthlyCents;
            }
            if (r.benefit != null) {
                if (r.benefit.equals("kinderbijslag")) {
                    continue;
                }
                String what = switch (r.benefit) {
                    case "AOW" -> "AOW-uitkering ";
                    case "WW" -> "WW-uitkering ";
                    case "WIA" -> "WIA-uitkering ";
                    default -> "Bijstandsuitkering Participatiewet ";
                };
                transfer(r.benefitPayer.iban(), r.iban, r.benefitCents, day(m, r.benefit.equals("AOW") ? 21 : 1 + random.nextInt(5)),
                        what + month, "uitkering");
                income += r.benefitCents;
            }
        }
        String spend = h.spendingIban();
        if (spend == null) {
            return;
        }
        if (h.jointIban != null) {
            for (Resident r : h.members.subList(0, Math.min(2, h.members.size()))) {
                if (r.iban != null && r.income != Resident.Income.NONE) {
                    transfer(r.iban, h.jointIban, Math.round(income * 0.35 / 100) * 100 + 100_00, day(m, 26), "Inleg huishoudrekening " + month, "sepa");
                }
            }
        }
        long children = h.members.stream().filter(r -> r.income == Resident.Income.CHILD).count();
        if (children > 0 && m.getMonthValue() % 3 == 1 && h.head().iban != null) {
            transfer(population.svb.iban(), h.head().iban, children * 300_00 + random.nextInt(100) * 100, day(m, 1 + random.nextInt(5)),
                    "Kinderbijslag kwartaal " + ((m.getMonthValue() - 1) / 3 + 1) + " " + m.getYear(), "uitkering");
        }
        if (h.housingPayee != null && h.housingCents > 0) {
            if (h.housing == Household.Housing.OWNER) {
                transfer(spend, h.housingPayee.iban(), h.housingCents, day(m, 1), "Hypotheek termijn " + month + " " + h.address.line(), "incasso");
            } else if (h.shared) {
                long share = h.housingCents / h.members.size();
                for (Resident r : h.members) {
                    transfer(r.iban, h.housingPayee.iban(), share, day(m, 1 + random.nextInt(4)), "Huur kamer " + month + " " + h.address.line(), "sepa");
                }
            } else {
                transfer(spend, h.housingPayee.iban(), h.housingCents, day(m, 1 + random.nextInt(3)), "Huur " + month + " " + h.address.line(), "sepa");
            }
        }
        if (!h.shared) {
            Population.Firm e = pick(population.energy, h);
            transfer(spend, e.party().iban(), 95_00 + random.nextInt(45_00) + 25_00L * h.members.size(), day(m, 20),
                    "Termijnbedrag energie " + month + " " + e.party().name(), "incasso");
            Population.Firm t = pick(population.telecom, h);
            transfer(spend, t.party().iban(), 45_00 + (h.hashSeed() % 3) * 10_00, day(m, 24), "Internet en tv " + month, "incasso");
        }
        for (Resident r : h.members) {
            if (r.iban != null && r.income != Resident.Income.CHILD) {
                Population.Firm z = pick(population.insurers, h);
                transfer(r.iban, z.party().iban(), 148_00 + (h.hashSeed() % 4) * 500, day(m, 1), "Premie zorgverzekering " + month + " " + z.party().name(), "incasso");
            }
        }
        int size = h.members.size();
        double budget = Math.min(1.6, Math.max(0.5, income / 3_000_00.0));
        int trips = h.shared ? 2 : 3 + random.nextInt(3);
        for (int i = 0; i < trips; i++) {
            Population.Firm s = population.supermarkets.get(random.nextInt(population.supermarkets.size()));
            long cents = Math.round((20 + random.nextInt(60) + 12 * size) * budget * 100) + random.nextInt(100);
            String place = h.address.district().place();
            transfer(h.shared ? h.members.get(random.nextInt(size)).iban : spend, s.party().iban(), cents, day(m, 1 + random.nextInt(28)),
                    s.party().name().replace(" B.V.", "") + " " + place, "pin");
        }
        if (!h.shared && random.nextInt(100) < 60) {
            Population.Firm w = population.webshops.get(random.nextInt(population.webshops.size()));
            transfer(spend, w.party().iban(), 1_500 + random.nextInt(120_00), day(m, 1 + random.nextInt(28)),
                    "Bestelling " + (100000 + random.nextInt(900000)) + " " + w.party().name(), "ideal");
        }
        for (Resident r : h.members) {
            if (r.iban != null && r.income != Resident.Income.CHILD && random.nextInt(100) < 55) {
                long cents = (2 + random.nextInt(10)) * 10_00L * (random.nextInt(4) == 0 ? 5 : 1);
                LocalDate d = day(m, 1 + random.nextInt(28));
                world.link(RelationshipKind.CASH_WITHDRAWAL, r.iban, h.address.municipality().placeId(), ref(d), Sources.bank(r.iban.substring(9, 13)),
                        java.util.Map.of("amount", Money.euros(cents), "currency", "EUR", "date", d,
                                "description", "Geldautomaat " + h.address.district().place()));
            }
        }
        if (random.nextInt(100) < 3 && h.head().iban != null) {
            long cents = (5 + random.nextInt(45)) * 10_00L;
            LocalDate d = day(m, 1 + random.nextInt(28));
            world.link(RelationshipKind.CASH_DEPOSIT, h.address.municipality().placeId(), h.head().iban, ref(d), Sources.bank(h.head().iban.substring(9, 13)),
                    java.util.Map.of("amount", Money.euros(cents), "currency", "EUR", "date", d, "description", "Storting contant " + h.address.district().place()));
        }
        if (h.members.size() > 1 && !h.shared && h.jointIban == null && random.nextInt(100) < 30) {
            Resident a = h.members.get(0);
            Resident b = h.members.get(1);
            if (a.iban != null && b.iban != null) {
                transfer(a.iban, b.iban, (2 + random.nextInt(20)) * 10_00L, day(m, 1 + random.nextInt(28)), "Boodschappen en huishouden", "sepa");
            }
        }
    }

    /** What an employee with {@code gross} a month receives in month {@code m}: net, plus holiday pay in May. */
    static long netSalary(long gross, YearMonth m) {
        return net(gross) + (m.getMonthValue() == 5 ? Math.round(gross * 0.08 * 0.6) : 0);
    }

    private static long net(long gross) {
        double factor = gross < 2_500_00 ? 0.88 : gross < 4_000_00 ? 0.78 : gross < 6_000_00 ? 0.70 : 0.62;
        return Math.round(gross * factor);
    }

    private Population.Firm pick(List<Population.Firm> list, Household h) {
        return list.get(h.hashSeed() % list.size());
    }
}
