package nl.spoor.ingest.world;

import java.util.List;

/**
 * Municipalities of Noord-Holland with their CBS codes, telephone area codes, approximate population
 * (thousands, CBS 2024) as the weight for where people live, and districts: a woonplaats or wijk with
 * its real range of 4-digit postcodes and real street names there. Zaandam-Oost (postcodes 1506–1507)
 * is a district of Zaanstad because the glazenwasser case lives there.
 */
public final class NoordHolland {

    public static final String PROVINCE = "Noord-Holland";

    /** A woonplaats or a wijk of one: postcodes {@code from..to} (4 digits) and street names. */
    public record District(String name, String place, int from, int to, List<String> streets) {
    }

    public record Municipality(String cbsCode, String name, String areaCode, int weight, List<District> districts) {
        public String placeId() {
            return "place:" + cbsCode;
        }
    }

    private static District d(String name, String place, int from, int to, String... streets) {
        return new District(name, place, from, to, List.of(streets));
    }

    private static District d(String place, int from, int to, String... streets) {
        return d(place, place, from, to, streets);
    }

    public static final List<Municipality> MUNICIPALITIES = List.of(
            new Municipality("GM0363", "Amsterdam", "020", 930, List.of(
                    d("Centrum", "Amsterdam", 1011, 1018, "Damrak", "Nieuwendijk", "Warmoesstraat", "Prinsengracht", "Keizersgracht", "Rozengracht", "Haarlemmerstraat", "Utrechtsestraat"),
                    d("West", "Amsterdam", 1051, 1058, "Bilderdijkstraat", "Kinkerstraat", "Jan Evertsenstraat", "De Clercqstraat", "Hoofdweg", "Admiraal de Ruijterweg", "Postjesweg", "Bos en Lommerweg"),
                    d("Nieuw-West", "Amsterdam", 1061, 1069, "Slotermeerlaan", "Plesmanlaan", "Meer en Vaart", "Pieter Calandlaan", "Burgemeester de Vlugtlaan", "Lambertus Zijlplein", "Osdorpplein"),
                    d("Noord", "Amsterdam", 1021, 1035, "Van der Pekstraat", "Meeuwenlaan", "Kamperfoelieweg", "Nieuwendammerdijk", "Waterlandplein", "Purmerweg", "Buikslotermeerplein"),
                    d("Oost", "Amsterdam", 1091, 1098, "Javastraat", "Linnaeusstraat", "Eerste van Swindenstraat", "Dapperstraat", "Middenweg", "Molukkenstraat", "Kruislaan"),
                    d("Zuid", "Amsterdam", 1071, 1083, "Ferdinand Bolstraat", "Van Woustraat", "Beethovenstraat", "Rijnstraat", "Scheldestraat", "Amstelveenseweg", "Stadionweg"),
                    d("Zuidoost", "Amsterdam", 1102, 1108, "Bijlmerdreef", "Karspeldreef", "Ganzenhoef", "Kraaiennest", "Reigersbos", "Holendrechterweg", "Hoogoord"))),
            new Municipality("GM0479", "Zaanstad", "075", 160, List.of(
                    d("Zaandam-Oost", "Zaandam", 1506, 1507, "Kogerveldweg", "Pelikaanweg", "Vincent van Goghweg", "Oostzijde", "Hoornseveld", "Peldersveld", "Fazantenweg", "Rustenburg"),
                    d("Zaandam", 1501, 1505, "Gedempte Gracht", "Westzijde", "Peperstraat", "Provincialeweg", "Vinkenstraat", "Wilhelminastraat", "Ankersmidplein", "Poelenburg"),
                    d("Koog aan de Zaan", 1541, 1541, "Lagedijk", "Guisweg", "Hoogstraat", "Raadhuisstraat"),
                    d("Zaandijk", 1544, 1544, "Lagedijk", "Gerrit Blomweg", "Stationsstraat"),
                    d("Wormerveer", 1521, 1521, "Zaanweg", "Marktstraat", "Krommenieërweg", "Stationsstraat"),
                    d("Krommenie", 1561, 1562, "Zuiderhoofdstraat", "Noorderhoofdstraat", "Padlaan", "Heiligeweg"),
                    d("Assendelft", 1566, 1567, "Dorpsstraat", "Noorderveenweg", "Kaatsbaan"))),
            new Municipality("GM0392", "Haarlem", "023", 165, List.of(
                    d("Haarlem", 2011, 2037, "Grote Houtstraat", "Zijlweg", "Rijksstraatweg", "Amsterdamstraat", "Schoterweg", "Europaweg", "Zuid Schalkwijkerweg", "Vondelweg", "Kleverparkweg"))),
            new Municipality("GM0394", "Haarlemmermeer", "023", 160, List.of(
                    d("Hoofddorp", 2131, 2136, "Kruisweg", "Raadhuisplein", "Hoofdweg", "Burgemeester van Stamplein", "Graan voor Visch", "Marktplein"),
                    d("Nieuw-Vennep", 2151, 2152, "Hoofdweg", "Venneperweg", "Harmoniepad"),
                    d("Badhoevedorp", 1171, 1171, "Badhoevelaan", "Sloterweg", "Pa Verkuyllaan"))),
            new Municipality("GM0361", "Alkmaar", "072", 110, List.of(
                    d("Alkmaar", 1811, 1826, "Langestraat", "Laat", "Kennemerstraatweg", "Vondelstraat", "Oudegracht", "Ritsevoort", "Frieseweg", "Geestersingel"))),
            new Municipality("GM0362", "Amstelveen", "020", 95, List.of(
                    d("Amstelveen", 1181, 1189, "Bovenkerkerweg", "Amsterdamseweg", "Keizer Karelweg", "Startbaan", "Van der Hooplaan", "Laan Nieuwer-Amstel", "Rembrandtweg"))),
            new Municipality("GM0439", "Purmerend", "0299", 93, List.of(
                    d("Purmerend", 1441, 1448, "Kaasmarkt", "Peperstraat", "Waterlandlaan", "Gorslaan", "Nieuwstraat", "Jaagweg", "Wherestraat", "Purmerweg"))),
            new Municipality("GM0402", "Hilversum", "035", 92, List.of(
                    d("Hilversum", 1211, 1223, "Kerkstraat", "Groest", "Vaartweg", "Larenseweg", "Soestdijkerstraatweg", "Oosterengweg", "Bussumergrintweg", "Langestraat"))),
            new Municipality("GM1980", "Dijk en Waard", "072", 88, List.of(
                    d("Heerhugowaard", 1701, 1706, "Middenweg", "Zuidtangent", "Rustenburgerweg", "Dreef"))),
            new Municipality("GM0405", "Hoorn", "0229", 74, List.of(
                    d("Hoorn", 1621, 1628, "Grote Noord", "Kleine Noord", "Nieuwe Steen", "Maelsonstraat", "Gedempte Turfhaven", "Koepoortsweg", "Berkhouterweg"))),
            new Municipality("GM0453", "Velsen", "0255", 69, List.of(
                    d("IJmuiden", 1971, 1976, "Lange Nieuwstraat", "Kennemerlaan", "Planetenweg", "Zeeweg", "Velserduinweg", "Dokweg"),
                    d("Velsen-Noord", 1951, 1951, "Wijkerstraatweg", "Stationsweg"))),
            new Municipality("GM0400", "Den Helder", "0223", 56, List.of(
                    d("Den Helder", 1781, 1789, "Spoorstraat", "Keizerstraat", "Middenweg", "Beatrixstraat", "Kanaalweg", "Marsdiepstraat", "Javastraat"))),
            new Municipality("GM0375", "Beverwijk", "0251", 42, List.of(
                    d("Beverwijk", 1941, 1948, "Breestraat", "Zeestraat", "Alkmaarseweg", "Meerstraat", "Baanstee"))),
            new Municipality("GM0396", "Heemskerk", "0251", 39, List.of(
                    d("Heemskerk", 1961, 1969, "Maerelaan", "Rijksweg", "Van Riemsdijklaan", "Kerkweg", "Marquettelaan"))),
            new Municipality("GM0385", "Edam-Volendam", "0299", 37, List.of(
                    d("Volendam", 1131, 1132, "Dijk", "Julianaweg", "Zeestraat", "Populierenlaan"),
                    d("Edam", 1135, 1135, "Voorhaven", "Spui", "Lingerzijde"))),
            new Municipality("GM0383", "Castricum", "0251", 36, List.of(
                    d("Castricum", 1901, 1902, "Dorpsstraat", "Burgemeester Mooijstraat", "Soomerwegh", "Torenstraat"))),
            new Municipality("GM0358", "Aalsmeer", "0297", 33, List.of(
                    d("Aalsmeer", 1431, 1433, "Zwarteweg", "Stommeerweg", "Ophelialaan", "Hortensialaan", "Uiterweg", "Dorpsstraat"))),
            new Municipality("GM0384", "Diemen", "020", 32, List.of(
                    d("Diemen", 1111, 1112, "Hartveldseweg", "Muiderstraatweg", "Ouddiemerlaan", "Arent Krijtsstraat"))),
            new Municipality("GM0451", "Uithoorn", "0297", 31, List.of(
                    d("Uithoorn", 1421, 1424, "Laan van Meerwijk", "Zijdelweg", "Prinses Christinalaan", "Dorpsstraat"))),
            new Municipality("GM0397", "Heemstede", "023", 27, List.of(
                    d("Heemstede", 2101, 2106, "Binnenweg", "Raadhuisstraat", "Herenweg", "Van Merlenlaan"))),
            new Municipality("GM0388", "Enkhuizen", "0228", 19, List.of(
                    d("Enkhuizen", 1601, 1602, "Westerstraat", "Breedstraat", "Dijk", "Vijzelstraat"))),
            new Municipality("GM0473", "Zandvoort", "023", 17, List.of(
                    d("Zandvoort", 2041, 2042, "Kerkstraat", "Boulevard Paulus Loot", "Haltestraat", "Zandvoortselaan"))),
            new Municipality("GM0880", "Wormerland", "075", 16, List.of(
                    d("Wormer", 1531, 1531, "Dorpsstraat", "Koetserstraat", "Zaandammerweg"))),
            new Municipality("GM0415", "Landsmeer", "020", 11, List.of(
                    d("Landsmeer", 1121, 1121, "Dorpsstraat", "Zuideinde", "Noordeinde"))));

    private NoordHolland() {
    }

    public static Municipality byCode(String cbsCode) {
        return MUNICIPALITIES.stream().filter(m -> m.cbsCode().equals(cbsCode)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No municipality " + cbsCode + " in Noord-Holland"));
    }

    /** The municipality and district with this district name, e.g. {@code Zaandam-Oost}. */
    public static District district(String name) {
        return MUNICIPALITIES.stream().flatMap(m -> m.districts().stream()).filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No district " + name));
    }

    public static Municipality municipalityOf(District district) {
        return MUNICIPALITIES.stream().filter(m -> m.districts().contains(district)).findFirst().orElseThrow();
    }

    static int totalWeight() {
        return MUNICIPALITIES.stream().mapToInt(Municipality::weight).sum();
    }
}
