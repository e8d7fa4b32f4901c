package nl.spoor.ingest.world;

import java.util.List;
import java.util.SplittableRandom;

/** SBI activity codes (CBS Standaard Bedrijfsindeling) the world uses, with their Dutch descriptions. */
public final class Sbi {

    public record Activity(String code, String description, int weight, String nameWord) {
    }

    public static final Activity GLAZENWASSERS = new Activity("81.22", "Reiniging van gebouwen (glazenwassers en overige)", 20, "Glasbewassing");
    public static final Activity SCHOONMAAK = new Activity("81.21", "Algemene reiniging van gebouwen", 40, "Schoonmaak");
    public static final Activity ARBEIDSBEMIDDELING = new Activity("78.10", "Arbeidsbemiddeling", 15, "Personeelsdiensten");
    public static final Activity UITZENDBUREAUS = new Activity("78.20", "Uitzendbureaus", 25, "Uitzendbureau");
    public static final Activity RESTAURANTS = new Activity("56.10", "Restaurants, cafetaria's en dergelijke", 60, "Eethuis");
    public static final Activity GARAGES = new Activity("45.20", "Gespecialiseerde reparatie van auto's", 35, "Autoservice");
    public static final Activity KAPPERS = new Activity("96.02", "Haar- en schoonheidsverzorging", 45, "Kapsalon");
    public static final Activity SUPERMARKTEN = new Activity("47.11", "Supermarkten en dergelijke winkels met een algemeen assortiment voedings- en genotmiddelen", 0, "Supermarkt");
    public static final Activity HUISARTSEN = new Activity("86.21", "Huisartsenpraktijken", 15, "Huisartsenpraktijk");
    public static final Activity BOUW = new Activity("41.20", "Algemene burgerlijke en utiliteitsbouw", 40, "Bouw");
    public static final Activity ADVIES = new Activity("70.22", "Organisatie-adviesbureaus", 60, "Advies");
    public static final Activity ICT = new Activity("62.01", "Ontwikkelen, produceren en uitgeven van software", 45, "Software");
    public static final Activity TRANSPORT = new Activity("49.41", "Goederenvervoer over de weg", 30, "Transport");
    public static final Activity WEBWINKELS = new Activity("47.91", "Winkels via internet", 30, "Webshop");
    public static final Activity VASTGOED = new Activity("68.20", "Verhuur van eigen of geleased onroerend goed", 20, "Vastgoed");
    public static final Activity HOLDINGS = new Activity("64.20", "Financiële holdings", 0, "Holding");
    public static final Activity ENERGIE = new Activity("35.14", "Handel in elektriciteit", 0, "Energie");
    public static final Activity VERZEKERAARS = new Activity("65.12", "Schadeverzekeraars en zorgverzekeraars", 0, "Verzekeringen");
    public static final Activity TELECOM = new Activity("61.10", "Draadgebonden telecommunicatie", 0, "Telecom");

    /** Activities a new ordinary firm is drawn from, by weight. */
    public static final List<Activity> ORDINARY = List.of(GLAZENWASSERS, SCHOONMAAK, ARBEIDSBEMIDDELING, UITZENDBUREAUS,
            RESTAURANTS, GARAGES, KAPPERS, HUISARTSEN, BOUW, ADVIES, ICT, TRANSPORT, WEBWINKELS, VASTGOED);

    private Sbi() {
    }

    public static Activity pick(SplittableRandom random) {
        int total = ORDINARY.stream().mapToInt(Activity::weight).sum();
        int r = random.nextInt(total);
        for (Activity a : ORDINARY) {
            r -= a.weight();
            if (r < 0) {
                return a;
            }
        }
        return ORDINARY.getFirst();
    }
}
