package nl.spoor.ingest.world.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import nl.spoor.ingest.world.CaseContext;
import nl.spoor.ingest.world.Household;
import nl.spoor.ingest.world.Money;
import nl.spoor.ingest.world.Names;
import nl.spoor.ingest.world.NoordHolland;
import nl.spoor.ingest.world.PlantedCase;
import nl.spoor.ingest.world.Population;
import nl.spoor.ingest.world.Resident;
import nl.spoor.ingest.world.TruthCase;
import nl.spoor.model.graph.EntityKind;

/**
 * Money mules (DESIGN §5, money trails): the proceeds of helpdeskfraude (elderly victims told to move their
 * savings to a "veilige rekening") land on the account of a young person with a small part-time wage, who
 * forwards 92–97 % of it one to three days later to the next such person, three or four hops in time order,
 * each keeping a small fee. The last mule takes it out in cash at ATMs in several places ({@code cash}) or
 * pays it to the organiser, who lives on bijstand ({@code organiser}).
 */
public final class MuleChainCase implements PlantedCase {

    public enum Variant {
        CASH, ORGANISER
    }

    private static final List<String> VICTIM_DESCRIPTIONS = List.of("Overboeking veilige rekening", "Spoedoverboeking beveiliging",
            "Veilig stellen spaargeld", "Overboeking op verzoek bank");
    private static final List<String> MULE_DESCRIPTIONS = List.of("Terugbetaling", "Voor de auto", "Lening terug", "Cadeau",
            "Spullen", "Zoals afgesproken", "Huur");

    private final Variant variant;

    public MuleChainCase(Variant variant) {
        this.variant = variant;
    }

    @Override
    public void plant(CaseContext ctx, int number) {
        SplittableRandom random = ctx.random();
        String v = variant.name().toLowerCase(Locale.ROOT);
        String caseId = "mule-" + v + "-" + number;
        TruthCase truth = ctx.record(caseId, "muleChain", v, true);
        int hops = 3 + random.nextInt(2);
        List<Resident> mules = new ArrayList<>();
        for (int i = 0; i < hops; i++) {
            Household h = ctx.household(MoneyTrails.origin(random), Population.Composition.SINGLE, MoneyTrails.municipality(random), null,
                    19 + random.nextInt(6));
            ctx.employ(h.head(), MoneyTrails.employer(ctx), 650_00 + random.nextInt(500) * 100L);
            ctx.complete(h, true, false);
            mules.add(h.head());
        }
        Resident organiser = null;
        if (variant == Variant.ORGANISER) {
            Household h = ctx.household(MoneyTrails.origin(random), Population.Composition.SINGLE, MoneyTrails.municipality(random), null,
                    26 + random.nextInt(15));
            ctx.benefit(h.head(), "bijstand", 1_250_00 + random.nextInt(150) * 100L);
            ctx.complete(h, true, false);
            organiser = h.head();
        }
        int victimCount = 2 + random.nextInt(4);
        List<Resident> victims = new ArrayList<>();
        for (int i = 0; i < victimCount; i++) {
            Household h = ctx.household(Names.Origin.DUTCH, random.nextBoolean() ? Population.Composition.SINGLE : Population.Composition.COUPLE,
                    NoordHolland.MUNICIPALITIES.get(random.nextInt(NoordHolland.MUNICIPALITIES.size())), null, 68 + random.nextInt(18));
            ctx.complete(h, true, false);
            victims.add(h.head());
        }

        // The whole chain takes at most 2 + 4 × 3 days; it starts where the statements show all of it.
        LocalDate start = ctx.day(ctx.statementsFrom().plusDays(2), ctx.statementsUntil().minusDays(16));
        String first = mules.getFirst().iban();
        long in = 0;
        LocalDate firstIn = null;
        LocalDate arrival = start;
        for (Resident victim : victims) {
            long cents = (1_500 + random.nextInt(3_500)) * 100L;
            LocalDate d = start.plusDays(random.nextInt(2));
            ctx.transfer(caseId, victim.iban(), first, cents, d, VICTIM_DESCRIPTIONS.get(random.nextInt(VICTIM_DESCRIPTIONS.size())), "sepa");
            in += cents;
            firstIn = firstIn == null || d.isBefore(firstIn) ? d : firstIn;
            arrival = d.isAfter(arrival) ? d : arrival;
        }
        long amountIn = in;
        List<Map<String, Object>> hopList = new ArrayList<>();
        BigDecimal minFraction = BigDecimal.ONE;
        long maxDelay = 0;
        List<String> cashPlaces = new ArrayList<>();
        for (int i = 0; i < hops; i++) {
            Resident mule = mules.get(i);
            // The mule keeps 3-8 % as his fee and forwards the rest in whole tens of euros.
            long forwarded = MoneyTrails.roundDown(Math.round(in * (0.92 + random.nextInt(6) / 100.0)), 10);
            int delay = 1 + random.nextInt(3);
            LocalDate out = arrival.plusDays(delay);
            if (i < hops - 1) {
                ctx.transfer(caseId, mule.iban(), mules.get(i + 1).iban(), forwarded, out, MULE_DESCRIPTIONS.get(random.nextInt(MULE_DESCRIPTIONS.size())), "sepa");
            } else if (organiser != null) {
                ctx.transfer(caseId, mule.iban(), organiser.iban(), forwarded, out, MULE_DESCRIPTIONS.get(random.nextInt(MULE_DESCRIPTIONS.size())), "sepa");
            } else {
                // Cash at ATMs in several places over the days up to {@code out}, the last withdrawal on that day.
                int withdrawals = 3 + random.nextInt(3);
                long piece = MoneyTrails.roundDown(forwarded / withdrawals, 50);
                for (int w = 0; w < withdrawals; w++) {
                    long cents = w == withdrawals - 1 ? forwarded - piece * (withdrawals - 1) : piece;
                    LocalDate d = w == withdrawals - 1 ? out : arrival.plusDays(1 + random.nextInt(delay));
                    NoordHolland.Municipality at = MoneyTrails.municipality(random);
                    if (!cashPlaces.contains(at.name())) {
                        cashPlaces.add(at.name());
                    }
                    ctx.cashWithdrawal(caseId, mule.iban(), at, cents, d, "Geldautomaat " + at.name());
                }
            }
            BigDecimal fraction = MoneyTrails.ratio(forwarded, in);
            Map<String, Object> hop = new LinkedHashMap<>();
            hop.put("account", mule.iban());
            hop.put("holder", mule.id());
            hop.put("amountIn", Money.euros(in));
            hop.put("lastIn", arrival.toString());
            hop.put("forwarded", Money.euros(forwarded));
            hop.put("lastOut", out.toString());
            hop.put("fraction", fraction);
            hop.put("delayDays", delay);
            hopList.add(hop);
            minFraction = fraction.min(minFraction);
            maxDelay = Math.max(maxDelay, delay);
            in = forwarded;
            arrival = out;
        }

        truth.subject(first, EntityKind.BANK_ACCOUNT);
        for (Resident mule : mules) {
            truth.entity(mule.iban(), EntityKind.BANK_ACCOUNT, "mule").entity(mule.id(), EntityKind.PERSON, "muleHolder");
        }
        for (Resident victim : victims) {
            truth.entity(victim.id(), EntityKind.PERSON, "victim").entity(victim.iban(), EntityKind.BANK_ACCOUNT, "victimAccount");
        }
        if (organiser != null) {
            truth.entity(organiser.id(), EntityKind.PERSON, "organiser").entity(organiser.iban(), EntityKind.BANK_ACCOUNT, "organiserAccount");
        }
        truth.indicator("hops", hops)
                .indicator("minForwardedFraction", minFraction.doubleValue())
                .indicator("maxDelayDays", maxDelay)
                .indicator("sourcePayments", victimCount)
                .indicator("chainDays", MoneyTrails.days(firstIn, arrival))
                .parameter("amountIn", Money.euros(amountIn))
                .parameter("amountOut", Money.euros(in))
                .parameter("firstIn", firstIn.toString())
                .parameter("lastOut", arrival.toString())
                .parameter("hops", hopList);
        if (!cashPlaces.isEmpty()) {
            truth.parameter("cashPlaces", cashPlaces);
        }
        truth.explanation(victimCount + " oudere slachtoffers van helpdeskfraude maken samen EUR " + Money.format(amountIn)
                + " over naar de rekening van " + mules.getFirst().name().name() + " (" + mules.getFirst().age(start) + "); via " + hops
                + " geldezels, elk binnen 1 tot 3 dagen 92-97 % doorboekend, komt EUR " + Money.format(in)
                + (organiser != null ? " bij organisator " + organiser.name().name() + " terecht." : " contant van de rekening af bij geldautomaten."));
    }
}
