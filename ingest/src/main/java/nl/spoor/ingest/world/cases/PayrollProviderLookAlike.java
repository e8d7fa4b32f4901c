package nl.spoor.ingest.world.cases;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import nl.spoor.ingest.world.CaseContext;
import nl.spoor.ingest.world.Household;
import nl.spoor.ingest.world.Money;
import nl.spoor.ingest.world.Names;
import nl.spoor.ingest.world.NoordHolland;
import nl.spoor.ingest.world.Party;
import nl.spoor.ingest.world.PlantedCase;
import nl.spoor.ingest.world.Population;
import nl.spoor.ingest.world.Resident;
import nl.spoor.ingest.world.Sbi;
import nl.spoor.model.graph.EntityKind;

/**
 * The benign look-alike of a mule account: a payroll provider (uitzendbureau, SBI 78.20) that receives its
 * clients' payments a few days before payday and pays out wages to fifteen to thirty employees: money in,
 * money out within days, fanned out to many young people. But it forwards only the net wages, about two
 * thirds of what comes in (the rest is wage tax and its margin), every month alike, to employees on its payroll
 * (EMPLOYED_BY), who spend it on rent and groceries: one hop, no chain.
 */
public final class PayrollProviderLookAlike implements PlantedCase {

    private static final List<Names.Origin> ORIGINS = List.of(Names.Origin.DUTCH, Names.Origin.DUTCH, Names.Origin.POLISH,
            Names.Origin.ROMANIAN, Names.Origin.MOROCCAN, Names.Origin.TURKISH);

    @Override
    public void plant(CaseContext ctx, int number) {
        SplittableRandom random = ctx.random();
        NoordHolland.Municipality m = MoneyTrails.municipality(random);
        Household owner = ctx.household(Names.Origin.DUTCH, Population.Composition.COUPLE_WITH_CHILDREN, m, null, 40 + random.nextInt(20));
        LocalDate start = LocalDate.of(2008 + random.nextInt(12), 1 + random.nextInt(12), 1);
        Population.Firm firm = ctx.company(owner.head().name().surname() + " Payroll B.V.", Population.LegalForm.BV, Sbi.UITZENDBUREAUS, m, start);
        ctx.director(owner.head().id(), firm, "bestuurder", start);
        ctx.owns(owner.head().id(), firm, 100, start);
        long ownerWage = 5_500_00 + random.nextInt(200) * 1_000L;
        ctx.employ(owner.head(), firm.party(), ownerWage);
        ctx.complete(owner, true, true);
        List<Resident> payroll = new ArrayList<>(List.of(owner.head()));
        long gross = ownerWage;
        int workers = 15 + random.nextInt(16);
        for (int i = 0; i < workers; i++) {
            Household h = ctx.household(ORIGINS.get(random.nextInt(ORIGINS.size())), Population.Composition.SINGLE, MoneyTrails.municipality(random),
                    null, 19 + random.nextInt(20));
            long wage = 1_950_00 + random.nextInt(70) * 1_000L;
            ctx.employ(h.head(), firm.party(), wage);
            gross += wage;
            ctx.complete(h, true, false);
            payroll.add(h.head());
        }
        // Two to four clients pay the invoice for the month's wages (gross × 1.28: employer's charges and margin).
        List<Party> clients = new ArrayList<>();
        int clientCount = 2 + random.nextInt(3);
        while (clients.size() < clientCount) {
            Party p = MoneyTrails.employer(ctx);
            if (p.kind() == EntityKind.COMPANY && !clients.contains(p)) {
                clients.add(p);
            }
        }
        String caseId = "mule-lookalike-payroll-" + number;
        long received = 0;
        long paid = 0;
        int months = 0;
        for (YearMonth month = YearMonth.from(ctx.statementsFrom()); !month.isAfter(YearMonth.from(ctx.statementsUntil())); month = month.plusMonths(1)) {
            long invoice = Math.round(gross * 1.28);
            long share = invoice / clientCount;
            for (int c = 0; c < clientCount; c++) {
                long cents = c == clientCount - 1 ? invoice - share * (clientCount - 1) : share;
                ctx.transfer(caseId, clients.get(c).iban(), firm.party().iban(), cents, month.atDay(18 + random.nextInt(4)),
                        "Factuur payrolling " + month + " " + firm.party().name(), "sepa");
            }
            received += invoice;
            for (Resident r : payroll) {
                paid += ctx.netSalary(r, month);
            }
            months++;
        }
        var truth = ctx.record(caseId, "muleChain", "payroll", false)
                .subject(firm.party().iban(), EntityKind.BANK_ACCOUNT)
                .entity(firm.id(), EntityKind.COMPANY, "company")
                .entity(owner.head().id(), EntityKind.PERSON, "director");
        clients.forEach(c -> truth.entity(c.iban(), EntityKind.BANK_ACCOUNT, "clientAccount"));
        payroll.forEach(r -> truth.entity(r.iban(), EntityKind.BANK_ACCOUNT, "employeeAccount"));
        truth.indicator("forwardedFraction", MoneyTrails.ratio(paid, received).doubleValue())
                .indicator("hops", 1)
                .parameter("received", Money.euros(received))
                .parameter("paidOut", Money.euros(paid))
                .parameter("recipients", payroll.size())
                .parameter("months", months)
                .explanation(firm.party().name() + " is een uitzendbureau: het ontvangt elke maand de facturen van " + clientCount
                        + " opdrachtgevers en betaalt enkele dagen later de nettolonen van " + payroll.size()
                        + " werknemers op zijn loonlijst uit, " + MoneyTrails.ratio(paid * 100, received) + " % van wat binnenkomt; de werknemers boeken het niet door.");
    }
}
