package nl.spoor.ingest.world.cases;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import nl.spoor.ingest.world.Addresses;
import nl.spoor.ingest.world.CaseContext;
import nl.spoor.ingest.world.Household;
import nl.spoor.ingest.world.Names;
import nl.spoor.ingest.world.NoordHolland;
import nl.spoor.ingest.world.PlantedCase;
import nl.spoor.ingest.world.Population;
import nl.spoor.ingest.world.Resident;
import nl.spoor.ingest.world.Sbi;
import nl.spoor.ingest.world.Sources;
import nl.spoor.ingest.world.TruthCase;
import nl.spoor.model.graph.EntityKind;
import nl.spoor.model.graph.RelationshipKind;

/**
 * Benign look-alike of mensenhandel: a massage and beauty salon (SBI 96.02, eenmanszaak of its owner)
 * advertising on classifieds sites three to five times under its own business name and its own registered
 * phone. Several ads on one phone, but one alias, one person, a phone of a registered firm, no fan-in and
 * no hotels.
 */
public final class MassageSalonLookAlike implements PlantedCase {

    private static final List<String> NAMES = List.of("Lotus", "Orchidee", "Zen", "Bamboe", "Sakura", "Jasmijn");

    @Override
    public void plant(CaseContext ctx, int number) {
        SplittableRandom random = ctx.random();
        NoordHolland.Municipality m = NoordHolland.byCode(List.of("GM0405", "GM0361", "GM0439", "GM0392").get(random.nextInt(4)));
        Household home = ctx.household(Names.Origin.DUTCH, Population.Composition.COUPLE, m, null, 33 + random.nextInt(20));
        Resident owner = home.members().get(1);
        String salonName = "Massagesalon " + NAMES.get(random.nextInt(NAMES.size()));
        LocalDate start = LocalDate.of(2012 + random.nextInt(10), 1 + random.nextInt(12), 1);
        Addresses.Address shop = ctx.address(m, null, Addresses.Type.BEDRIJFSPAND);
        Population.Firm salon = ctx.company(salonName, Population.LegalForm.EENMANSZAAK, Sbi.KAPPERS, shop, start, null, false);
        ctx.director(owner.id(), salon, "eigenaar", start);
        ctx.owns(owner.id(), salon, 100, start);
        ctx.selfEmployed(owner, salon, 2_300_00 + random.nextInt(90) * 1_000L);
        ctx.complete(home, true, true);
        String phone = ctx.mobile(salon.id(), Sources.KVK);
        TruthCase truth = ctx.record("trafficking-lookalike-massagesalon-" + number, "traffickingNetwork", "seksueel", false)
                .subject(owner.id(), EntityKind.PERSON)
                .entity(salon.id(), EntityKind.COMPANY, "company")
                .entity(phone, EntityKind.PHONE, "businessPhone");
        int ads = 3 + random.nextInt(3);
        String place = shop.district().place();
        for (int i = 0; i < ads; i++) {
            String id = Networks.freeId(ctx, "ad");
            String site = List.of("massagegids.example.nl", "welnessadvertenties.example.nl").get(random.nextInt(2));
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("site", site);
            p.put("title", List.of("Ontspannende massage in ", "Hot stone en ontspanningsmassage ", "Schoonheidsbehandelingen en massage ")
                    .get(i % 3) + place);
            p.put("alias", salonName);
            p.put("postedDate", ctx.day(ctx.statementsFrom(), ctx.statementsUntil()));
            p.put("url", "https://" + site + "/salon/" + (10_000 + random.nextInt(90_000)));
            ctx.world().node(EntityKind.AD, id, Sources.INTERNET, p);
            ctx.world().link(RelationshipKind.ADVERTISES_WITH, id, owner.id(), null, Sources.INTERNET, Map.of());
            ctx.world().link(RelationshipKind.USES_PHONE, id, phone, null, Sources.INTERNET, Map.of());
            truth.entity(id, EntityKind.AD, "ad");
        }
        truth.indicator("fanInSenders", 0)
                .indicator("aliasesPerPhone", 1)
                .indicator("personsPerPhone", 1)
                .indicator("hotelStays", 0)
                .indicator("unrelatedPersonsPerAddress", 0)
                .parameter("adsPerPhone", ads)
                .parameter("sbiCode", Sbi.KAPPERS.code())
                .explanation(salonName + " van " + owner.name().name() + " adverteert " + ads + " keer onder de eigen bedrijfsnaam met het"
                        + " telefoonnummer van de zaak; één naam, één persoon, een ingeschreven bedrijf en geen geldstromen naar derden.");
    }
}
