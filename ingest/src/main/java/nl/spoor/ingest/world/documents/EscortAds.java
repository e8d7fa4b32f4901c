package nl.spoor.ingest.world.documents;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Escort ads as saved HTML pages of a classifieds site: title, alias, city, phone. From Ad rows with
 * their USES_PHONE and ADVERTISES_WITH relationships.
 */
final class EscortAds implements DocumentKind {

    private static final String[] TEXTS = {
            "Hoi schatjes! Ik ben nieuw in de stad en alleen voor korte tijd hier. Discreet en gezellig, bel of app mij.",
            "Sexy dame ontvangt in een schoon en discreet appartement. Alleen serieuze reacties, geen anonieme nummers.",
            "Lieve meid, 24/7 bereikbaar. Ook escort naar hotel of thuis. Bel voor de mogelijkheden."};
    private final World world;

    EscortAds(World world) {
        this.world = world;
    }

    @Override
    public String name() {
        return "advertentie";
    }

    @Override
    public List<Candidate> candidates() {
        List<Candidate> list = new ArrayList<>();
        for (WorldRow ad : world.nodes("Ad")) {
            List<String> about = new ArrayList<>(List.of(ad.id()));
            world.from("ADVERTISES_WITH", ad.id()).forEach(r -> about.add(r.to()));
            list.add(new Candidate(ad, about));
        }
        return list;
    }

    @Override
    public Draft render(Candidate c, SplittableRandom random) {
        WorldRow ad = c.row();
        Draft.Mentions m = new Draft.Mentions(world);
        String alias = ad.has("alias") ? m.add(ad.id(), ad.get("alias")) : "Anoniem";
        String site = ad.getOr("site", "advertenties.example.nl");
        String city = null;
        for (WorldRow offered : world.from("ADVERTISES_WITH", ad.id())) {
            city = world.addressOf(offered.to()).flatMap(a -> world.placeOf(a.id()))
                    .map(place -> m.add(place, world.name(place))).orElse(city);
        }
        List<String> phones = new ArrayList<>();
        for (WorldRow uses : world.from("USES_PHONE", ad.id())) {
            phones.add(m.add(uses.to(), world.require(uses.to(), uses, "to").get("display")));
        }
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(esc(ad.getOr("title", alias))).append(" | ").append(esc(site)).append("</title>\n")
                .append("<link rel=\"canonical\" href=\"").append(esc(ad.getOr("url", ""))).append("\">\n")
                .append("</head>\n<body>\n<header class=\"site\"><a href=\"/\">").append(esc(site))
                .append("</a> &rsaquo; Erotiek &rsaquo; Dames van plezier").append(city == null ? "" : " &rsaquo; " + esc(city))
                .append("</header>\n<main class=\"advertentie\">\n<h1>").append(esc(ad.getOr("title", alias))).append("</h1>\n")
                .append("<dl class=\"kenmerken\">\n<dt>Naam</dt><dd class=\"alias\">").append(esc(alias)).append("</dd>\n")
                .append("<dt>Leeftijd</dt><dd>").append(19 + random.nextInt(8)).append(" jaar</dd>\n");
        if (city != null) {
            html.append("<dt>Plaats</dt><dd class=\"plaats\">").append(esc(city)).append("</dd>\n");
        }
        html.append("<dt>Geplaatst</dt><dd>").append(ad.has("postedDate") ? Dutch.numeric(ad.date("postedDate")) : "")
                .append("</dd>\n</dl>\n<p class=\"omschrijving\">").append(esc(TEXTS[random.nextInt(TEXTS.length)]))
                .append("</p>\n");
        for (String phone : phones) {
            html.append("<p class=\"contact\">Bel of app: <a href=\"tel:").append(esc(phone.replace("-", ""))).append("\">")
                    .append(esc(phone)).append("</a></p>\n");
        }
        html.append("<p class=\"advertentienummer\">Advertentienummer ").append(esc(ad.id().replace("ad:", "")))
                .append("</p>\n</main>\n<footer>Alle personen op deze site zijn 18 jaar of ouder.</footer>\n</body>\n</html>\n");
        return new Draft("ads", "html", "advertentie", "escort", "text/html", html.toString().getBytes(StandardCharsets.UTF_8),
                m.list(), c.about(), null);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
