package nl.spoor.ingest.world.cases;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.spoor.ingest.world.CaseContext;
import nl.spoor.ingest.world.Money;
import nl.spoor.ingest.world.Resident;
import nl.spoor.ingest.world.Sources;
import nl.spoor.model.graph.RelationshipKind;

/** What the sector and trafficking networks write alike: family ties, tenancies, months of the statements. */
final class Networks {

    static final String[] MONTHS = {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
            "september", "oktober", "november", "december"};

    private Networks() {
    }

    /** FAMILY_OF: {@code relation} is what {@code a} is to {@code b} (world-format.md). */
    static void family(CaseContext ctx, Resident a, Resident b, String relation) {
        ctx.world().link(RelationshipKind.FAMILY_OF, a.id(), b.id(), null, Sources.BRP, Map.of("relation", relation));
    }

    /** LANDLORD_OF from the landlord (person or firm) to the tenant, for a room at {@code addressId}. */
    static void landlord(CaseContext ctx, String landlordId, Resident tenant, String addressId, LocalDate from, long monthlyCents) {
        ctx.world().link(RelationshipKind.LANDLORD_OF, landlordId, tenant.id(), from.toString(), Sources.BRP,
                Map.of("address", addressId, "from", from, "monthlyRent", Money.euros(monthlyCents)));
    }

    /** The months of the bank statements, oldest first. */
    static List<YearMonth> statementMonths(CaseContext ctx) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(ctx.statementsFrom()); !m.isAfter(YearMonth.from(ctx.statementsUntil())); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    static String month(YearMonth m) {
        return MONTHS[m.getMonthValue() - 1] + " " + m.getYear();
    }

    /** The first free id {@code prefix:NNNNNN}: ids without a strong identifier are numbered per world. */
    static String freeId(CaseContext ctx, String prefix) {
        for (int n = 1; ; n++) {
            String id = String.format(Locale.ROOT, "%s:%06d", prefix, n);
            if (ctx.world().kindOf(id) == null) {
                return id;
            }
        }
    }

    /** Net wage as the ordinary payroll pays it for wages near the minimum (world-format.md: a simple tax factor). */
    static long net(long grossCents) {
        return Math.round(grossCents * 0.88);
    }
}
