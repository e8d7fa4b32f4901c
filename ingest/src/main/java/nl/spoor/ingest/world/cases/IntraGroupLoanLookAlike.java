package nl.spoor.ingest.world.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import nl.spoor.ingest.world.CaseContext;
import nl.spoor.ingest.world.Household;
import nl.spoor.ingest.world.Money;
import nl.spoor.ingest.world.Names;
import nl.spoor.ingest.world.NoordHolland;
import nl.spoor.ingest.world.PlantedCase;
import nl.spoor.ingest.world.Population;
import nl.spoor.ingest.world.Sbi;
import nl.spoor.model.graph.EntityKind;

/**
 * The benign look-alike of a round trip: a holding lends its operating company money under a loan
 * agreement, and the operating company repays it with 5–7 % interest a year: the money leaves the holding
 * and all of it comes back, with interest. But it returns straight from the borrower, without companies in
 * between, and only after the term of the loan: the first days of the statements out, the last days back
 * (the statements cover at most nine months, so the term is the period they show, not a year).
 */
public final class IntraGroupLoanLookAlike implements PlantedCase {

    @Override
    public void plant(CaseContext ctx, int number) {
        SplittableRandom random = ctx.random();
        NoordHolland.Municipality m = MoneyTrails.municipality(random);
        Household home = ctx.household(Names.Origin.DUTCH, Population.Composition.COUPLE_WITH_CHILDREN, m, null, 45 + random.nextInt(18));
        String owner = home.head().id();
        LocalDate founded = LocalDate.of(2005 + random.nextInt(15), 1 + random.nextInt(12), 1);
        Population.Firm holding = ctx.company(home.head().name().surname() + " Holding B.V.", Population.LegalForm.HOLDING, Sbi.HOLDINGS, m, founded);
        Sbi.Activity activity = List.of(Sbi.BOUW, Sbi.TRANSPORT, Sbi.ICT, Sbi.GARAGES).get(random.nextInt(4));
        Population.Firm operating = ctx.company(home.head().name().surname() + " " + activity.nameWord() + " B.V.", Population.LegalForm.BV, activity, m, founded);
        ctx.director(owner, holding, "bestuurder", founded);
        ctx.owns(owner, holding, 100, founded);
        ctx.director(holding.id(), operating, "bestuurder", founded);
        ctx.owns(holding.id(), operating, 100, founded);
        ctx.employ(home.head(), operating.party(), 5_000_00 + random.nextInt(300) * 1_000L);
        ctx.complete(home, true, true);

        LocalDate lent = ctx.day(ctx.statementsFrom(), ctx.statementsFrom().plusDays(9));
        LocalDate repaid = ctx.day(ctx.statementsUntil().minusDays(9), ctx.statementsUntil());
        long principal = (50_000 + random.nextInt(200) * 1_000L) * 100;
        double rate = (5 + random.nextInt(3)) / 100.0;
        long days = MoneyTrails.days(lent, repaid);
        long interest = Math.round(principal * rate * days / 365.0);
        String caseId = "roundtrip-lookalike-loan-" + number;
        ctx.transfer(caseId, holding.party().iban(), operating.party().iban(), principal, lent,
                "Lening rekening-courant conform overeenkomst d.d. " + lent.minusDays(3), "sepa");
        ctx.transfer(caseId, operating.party().iban(), holding.party().iban(), principal + interest, repaid,
                "Aflossing lening EUR " + Money.format(principal) + " en rente " + Math.round(rate * 100) + " %", "sepa");
        ctx.record(caseId, "roundTrip", "intraGroupLoan", false)
                .subject(holding.party().iban(), EntityKind.BANK_ACCOUNT)
                .entity(owner, EntityKind.PERSON, "origin")
                .entity(holding.id(), EntityKind.COMPANY, "ownedCompany")
                .entity(operating.id(), EntityKind.COMPANY, "borrower")
                .entity(operating.party().iban(), EntityKind.BANK_ACCOUNT, "cycleAccount")
                .indicator("intermediaries", 0)
                .indicator("cycleDays", days)
                .parameter("fractionReturned", MoneyTrails.ratio(principal + interest, principal))
                .parameter("amountOut", Money.euros(principal))
                .parameter("amountReturned", Money.euros(principal + interest))
                .parameter("interestRate", rate)
                .parameter("cycle", List.of(holding.party().iban(), operating.party().iban(), holding.party().iban()))
                .explanation(holding.party().name() + " leent haar werkmaatschappij " + operating.party().name() + " EUR " + Money.format(principal)
                        + " volgens een leningsovereenkomst; na " + days + " dagen komt het rechtstreeks terug met EUR " + Money.format(interest)
                        + " rente: een gewone lening binnen de groep, zonder tussenpersonen.");
    }
}
