package nl.spoor.ingest.pipeline;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import nl.spoor.model.graph.EntityKind;
import nl.spoor.model.graph.EntityRef;

/**
 * Places named in text, keyed as the registers key them: a municipality by its CBS code
 * ({@code place:GM0479}, the node the world's registers and the loader write), a town within one by
 * its name ({@code place:naam:zaandam}, the key the bank importer gives cash places) with the code of
 * its municipality, so the town can be joined to the municipality.
 */
final class CbsPlaces {

    private CbsPlaces() {
    }

    /** A place as the text names it: its ref, and the municipality it lies in (null for a municipality itself). */
    record Place(EntityRef ref, Map<String, Object> properties, EntityRef municipality, String municipalityName) {
    }

    /** CBS gemeentecodes (2024): the municipalities of Noord-Holland and the big cities elsewhere. */
    private static final Map<String, String> MUNICIPALITIES = Map.ofEntries(
            Map.entry("Aalsmeer", "GM0358"), Map.entry("Alkmaar", "GM0361"), Map.entry("Amstelveen", "GM0362"),
            Map.entry("Amsterdam", "GM0363"), Map.entry("Bergen", "GM0373"), Map.entry("Beverwijk", "GM0375"),
            Map.entry("Blaricum", "GM0376"), Map.entry("Bloemendaal", "GM0377"), Map.entry("Castricum", "GM0383"),
            Map.entry("Diemen", "GM0384"), Map.entry("Edam-Volendam", "GM0385"), Map.entry("Enkhuizen", "GM0388"),
            Map.entry("Haarlem", "GM0392"), Map.entry("Haarlemmermeer", "GM0394"), Map.entry("Heemskerk", "GM0396"),
            Map.entry("Heemstede", "GM0397"), Map.entry("Heiloo", "GM0399"), Map.entry("Den Helder", "GM0400"),
            Map.entry("Hilversum", "GM0402"), Map.entry("Hoorn", "GM0405"), Map.entry("Huizen", "GM0406"),
            Map.entry("Landsmeer", "GM0415"), Map.entry("Laren", "GM0417"), Map.entry("Medemblik", "GM0420"),
            Map.entry("Oostzaan", "GM0431"), Map.entry("Opmeer", "GM0432"), Map.entry("Ouder-Amstel", "GM0437"),
            Map.entry("Purmerend", "GM0439"), Map.entry("Schagen", "GM0441"), Map.entry("Texel", "GM0448"),
            Map.entry("Uitgeest", "GM0450"), Map.entry("Uithoorn", "GM0451"), Map.entry("Velsen", "GM0453"),
            Map.entry("Zandvoort", "GM0473"), Map.entry("Zaanstad", "GM0479"), Map.entry("Drechterland", "GM0498"),
            Map.entry("Stede Broec", "GM0532"), Map.entry("Waterland", "GM0852"), Map.entry("Wormerland", "GM0880"),
            Map.entry("Koggenland", "GM1598"), Map.entry("Wijdemeren", "GM1696"), Map.entry("Hollands Kroon", "GM1911"),
            Map.entry("Gooise Meren", "GM1942"), Map.entry("Dijk en Waard", "GM1980"),
            Map.entry("Rotterdam", "GM0599"), Map.entry("Den Haag", "GM0518"), Map.entry("'s-Gravenhage", "GM0518"),
            Map.entry("Utrecht", "GM0344"), Map.entry("Eindhoven", "GM0772"), Map.entry("Groningen", "GM0014"),
            Map.entry("Tilburg", "GM0855"), Map.entry("Almere", "GM0034"), Map.entry("Breda", "GM0758"),
            Map.entry("Nijmegen", "GM0268"), Map.entry("Leiden", "GM0546"), Map.entry("Zwolle", "GM0193"),
            Map.entry("Lelystad", "GM0995"), Map.entry("Arnhem", "GM0202"), Map.entry("Apeldoorn", "GM0200"),
            Map.entry("Enschede", "GM0153"), Map.entry("Maastricht", "GM0935"), Map.entry("Dordrecht", "GM0505"),
            Map.entry("Delft", "GM0503"), Map.entry("Amersfoort", "GM0307"), Map.entry("Zoetermeer", "GM0637"),
            Map.entry("'s-Hertogenbosch", "GM0796"), Map.entry("Leeuwarden", "GM0080"), Map.entry("Deventer", "GM0150"),
            Map.entry("Gouda", "GM0513"));

    /** Towns (woonplaatsen) to the municipality they lie in. */
    private static final Map<String, String> TOWNS = Map.ofEntries(
            Map.entry("Zaandam", "Zaanstad"), Map.entry("Zaandijk", "Zaanstad"), Map.entry("Koog aan de Zaan", "Zaanstad"),
            Map.entry("Wormerveer", "Zaanstad"), Map.entry("Krommenie", "Zaanstad"), Map.entry("Assendelft", "Zaanstad"),
            Map.entry("Westzaan", "Zaanstad"), Map.entry("Hoofddorp", "Haarlemmermeer"), Map.entry("Nieuw-Vennep", "Haarlemmermeer"),
            Map.entry("Badhoevedorp", "Haarlemmermeer"), Map.entry("Zwanenburg", "Haarlemmermeer"), Map.entry("Halfweg", "Haarlemmermeer"),
            Map.entry("IJmuiden", "Velsen"), Map.entry("Santpoort-Noord", "Velsen"), Map.entry("Velserbroek", "Velsen"),
            Map.entry("Volendam", "Edam-Volendam"), Map.entry("Edam", "Edam-Volendam"), Map.entry("Heerhugowaard", "Dijk en Waard"),
            Map.entry("Langedijk", "Dijk en Waard"), Map.entry("Bussum", "Gooise Meren"), Map.entry("Naarden", "Gooise Meren"),
            Map.entry("Weesp", "Amsterdam"), Map.entry("Monnickendam", "Waterland"), Map.entry("Wormer", "Wormerland"),
            Map.entry("Duivendrecht", "Ouder-Amstel"), Map.entry("Ouderkerk aan de Amstel", "Ouder-Amstel"),
            Map.entry("Julianadorp", "Den Helder"), Map.entry("Anna Paulowna", "Hollands Kroon"), Map.entry("Egmond aan Zee", "Bergen"),
            Map.entry("Bergen aan Zee", "Bergen"), Map.entry("Overveen", "Bloemendaal"));

    /** Same key as the bank importer's cash places: lower case, runs of other characters as one dash. */
    static String nameKey(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-");
    }

    static EntityRef municipality(String cbsCode) {
        return new EntityRef(EntityKind.PLACE, "place:" + cbsCode);
    }

    /** The place a name (as the extractor's gazetteer writes it) is; empty for a name this table does not hold. */
    static Optional<Place> of(String name) {
        String written = name.strip();
        String code = MUNICIPALITIES.get(written);
        if (code != null) {
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("name", written);
            props.put("cbsCode", code);
            return Optional.of(new Place(municipality(code), props, null, null));
        }
        String in = TOWNS.get(written);
        if (in != null) {
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("name", written);
            props.put("municipalityCode", MUNICIPALITIES.get(in));
            return Optional.of(new Place(new EntityRef(EntityKind.PLACE, "place:naam:" + nameKey(written)), props, municipality(MUNICIPALITIES.get(in)), in));
        }
        return Optional.empty();
    }
}
