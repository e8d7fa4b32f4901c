package nl.spoor.ingest.extract;

import java.util.Set;

/**
 * A small gazetteer: the municipalities of Noord-Holland, their larger towns, and the big Dutch
 * cities. Enough to recognise places in the case files Spoor receives; a BAG/CBS list can replace it.
 */
final class Places {

    private Places() {
    }

    static final Set<String> NAMES = Set.of(
            // Noord-Holland municipalities (2024)
            "Aalsmeer", "Alkmaar", "Amstelveen", "Amsterdam", "Bergen", "Beverwijk", "Blaricum", "Bloemendaal",
            "Castricum", "Den Helder", "Diemen", "Dijk en Waard", "Drechterland", "Edam-Volendam", "Enkhuizen",
            "Gooise Meren", "Haarlem", "Haarlemmermeer", "Heemskerk", "Heemstede", "Heiloo", "Hilversum",
            "Hollands Kroon", "Hoorn", "Huizen", "Koggenland", "Landsmeer", "Laren", "Medemblik", "Oostzaan",
            "Opmeer", "Ouder-Amstel", "Purmerend", "Schagen", "Stede Broec", "Texel", "Uitgeest", "Uithoorn",
            "Velsen", "Waterland", "Wijdemeren", "Wormerland", "Zaanstad", "Zandvoort",
            // towns within them
            "Zaandam", "Zaandijk", "Koog aan de Zaan", "Wormerveer", "Krommenie", "Assendelft", "Westzaan",
            "Hoofddorp", "Nieuw-Vennep", "Badhoevedorp", "IJmuiden", "Santpoort-Noord", "Velserbroek", "Volendam",
            "Edam", "Heerhugowaard", "Langedijk", "Bussum", "Naarden", "Weesp", "Monnickendam", "Wormer",
            "Duivendrecht", "Ouderkerk aan de Amstel", "Julianadorp", "Anna Paulowna",
            "Egmond aan Zee", "Bergen aan Zee", "Overveen", "Halfweg", "Zwanenburg",
            // the big cities elsewhere
            "Rotterdam", "Den Haag", "'s-Gravenhage", "Utrecht", "Eindhoven", "Groningen", "Tilburg", "Almere",
            "Breda", "Nijmegen", "Leiden", "Zwolle", "Lelystad", "Arnhem", "Apeldoorn", "Enschede", "Maastricht",
            "Dordrecht", "Delft", "Amersfoort", "Zoetermeer", "'s-Hertogenbosch", "Leeuwarden", "Deventer", "Gouda");
}
