package nl.spoor.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Each rule recogniser on Dutch sentences, with the negatives issue 4 names; and the extractor's overlaps and relations. */
class ExtractRecognisersTest {

    private static List<String> found(Recogniser recogniser, String text) {
        return recogniser.recognise(text, 1).stream().map(m -> {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
            return m.type() + " " + m.value();
        }).toList();
    }

    private static List<String> extracted(String text) {
        return new RuleExtractor().mentions(List.of(text)).stream().map(m -> m.type() + " " + m.value()).toList();
    }

    @Test
    void ibanWithOrWithoutSpacesButNotWithAWrongCheckDigit() {
        IbanRecogniser iban = new IbanRecogniser();
        assertThat(found(iban, "Te voldoen op rekening NL91 ABNA 0417 1643 00 ten name van J. Bakker."))
                .containsExactly("IBAN NL91ABNA0417164300");
        assertThat(found(iban, "Tegenrekening NL91ABNA0417164300 EUR 20,00")).containsExactly("IBAN NL91ABNA0417164300");
        assertThat(found(iban, ":25:NL91ABNA0417164300EUR")).containsExactly("IBAN NL91ABNA0417164300");
        assertThat(found(iban, "Rekening NL92 ABNA 0417 1643 00 en NL92ABNA0417164300.")).isEmpty();
    }

    @Test
    void bsnOnlyWithItsLabelAndAPassingElfproef() {
        Recogniser bsn = LabelledNumberRecogniser.bsn();
        assertThat(found(bsn, "BSN: 111222333")).containsExactly("BSN 111222333");
        assertThat(found(bsn, "Het burgerservicenummer van betrokkene is 1112.22.333.")).containsExactly("BSN 111222333");
        assertThat(found(bsn, "Factuur 111222333 is voldaan.")).isEmpty();
        assertThat(found(bsn, "BSN: 123456789")).as("fails the elfproef").isEmpty();
        assertThat(found(bsn, "BSN onbekend, RSIN 111222333")).as("another label in between").isEmpty();
    }

    @Test
    void bsnInATableColumnHeadedBsnButNotInAnotherColumn() {
        Recogniser bsn = LabelledNumberRecogniser.bsn();
        String sheet = "Bewonersoverzicht Industrieweg 40\n\tNaam\tBSN\tDossier\n\tJan de Vries\t111222333\t100000009\n"
                + "\tPiet Bakker\tgeen BSN\t-\n\tAnna Smit\t123456782\t-\n";
        assertThat(found(bsn, sheet)).containsExactly("BSN 111222333", "BSN 123456782");
        assertThat(found(bsn, "Naam\tDossier\nJan de Vries\t111222333\n")).as("column not headed BSN").isEmpty();
        assertThat(found(bsn, "BSN\n\nJan de Vries\t111222333\n")).as("header outside the table").isEmpty();
    }

    @Test
    void kvkAndRsinAfterTheirLabels() {
        assertThat(found(LabelledNumberRecogniser.kvk(), "ingeschreven bij de Kamer van Koophandel onder nummer 12345678"))
                .containsExactly("KVK 12345678");
        assertThat(found(LabelledNumberRecogniser.kvk(), "KvK-nummer: 12345678, ordernummer 87654321"))
                .containsExactly("KVK 12345678");
        assertThat(found(LabelledNumberRecogniser.rsin(), "RSIN 111222333")).containsExactly("RSIN 111222333");
    }

    @Test
    void vatIdsThatPassTheirCheck() {
        assertThat(found(new VatRecogniser(), "btw-nummer NL111222333B01, niet NL123456789B01"))
                .containsExactly("VAT NL111222333B01");
    }

    @Test
    void phonesWrittenAsPhonesOrAfterAPhoneWordButNotInvoiceNumbers() {
        PhoneRecogniser phone = new PhoneRecogniser();
        assertThat(found(phone, "Tel. 06-12345678 of +31 20 123 4567")).containsExactly("PHONE +31612345678", "PHONE +31201234567");
        assertThat(found(phone, "mobiel 0612345678")).containsExactly("PHONE +31612345678");
        assertThat(found(phone, "Factuurnummer 0612345678")).isEmpty();
        assertThat(found(phone, "Factuurnummer: 020-1234567")).isEmpty();
        assertThat(found(phone, "zaaknummer 2024-000123, kenmerk 0201234567")).isEmpty();
        assertThat(found(phone, "Geboortedatum:\t09-09-1987")).as("a date").isEmpty();
    }

    @Test
    void emailAddressesLowerCased() {
        assertThat(found(new EmailRecogniser(), "Mail naar Info@KapsalonMaria.nl.")).containsExactly("EMAIL info@kapsalonmaria.nl");
    }

    @Test
    void kentekensWithTheirSideCodeDashesAndMakeAndModelNearby() {
        String text = "een personenauto van het merk VOLKSWAGEN, type GOLF, voorzien van het kenteken DZ-521-R.";
        VehicleRecogniser vehicle = new VehicleRecogniser();
        List<Mention> plates = vehicle.recognise(text, 1);
        assertThat(plates).extracting(Mention::value).containsExactly("DZ521R");
        assertThat(VehicleRecogniser.makeAndModel(text, plates.getFirst())).contains("VOLKSWAGEN GOLF");
        assertThat(found(vehicle, "Kenteken: DZ521R; datum 12-03-24; D-Z5-21R")).containsExactly("VEHICLE DZ521R");
    }

    @Test
    void euroAmounts() {
        assertThat(found(new MoneyRecogniser(), "€ 9.850,00 contant, EUR 1.234 per maand en 1.234,56 EUR borg, €250,-"))
                .containsExactly("MONEY 9850.00 EUR", "MONEY 1234.00 EUR", "MONEY 1234.56 EUR", "MONEY 250.00 EUR");
    }

    @Test
    void counterpartiesOfAPdfStatementRowWhoseColumnsTheTextRanTogether() {
        // What Tika gives for a row of an ING or Rabobank PDF afschrift: one line, single spaces.
        String rows = "26-10-2024 Sophie de Vries NL08 INGB 8086 8887 12 OV Bij 2.608,00\n"
                + "Inleg huishoudrekening oktober 2024\n"
                + "26-10-2024 Provincie Noord-Holland NL66 SNSB 7856 1111 29 cb 2.075,42\n"
                + "22-10-2024 Zaanstad ga 40,00\n";
        assertThat(found(new PersonRecogniser(), rows)).containsExactly("PERSON Sophie de Vries");
        assertThat(found(new OrganizationRecogniser(), rows)).containsExactly("ORGANIZATION Provincie Noord-Holland");
    }

    @Test
    void euroAmountsWithAScaleWordAsPolicyTextsWriteThem() {
        // Phrases from the Ondermijningsplan Noord-Holland (shared/seeds): "€ 15 miljoen" is not 15 euro.
        assertThat(found(new MoneyRecogniser(), "een bedrag van € 1.1 mln. Zie; werd om €200 mln., onder andere; "
                + "€ 3,1 miljoen en €114,5 miljoen; 2,5 miljard euro; € 15 miljoen"))
                .containsExactly("MONEY 1100000.00 EUR", "MONEY 200000000.00 EUR", "MONEY 3100000.00 EUR",
                        "MONEY 114500000.00 EUR", "MONEY 2500000000.00 EUR", "MONEY 15000000.00 EUR");
        assertThat(found(new MoneyRecogniser(), "(€1,- per pil) en € 3 miljoenen")).containsExactly("MONEY 1.00 EUR", "MONEY 3.00 EUR");
    }

    @Test
    void datesInDutchWritings() {
        assertThat(found(new DateRecogniser(), "12 maart 2024, 12-03-2024, 12/3/'24, 2024-03-12 en 31-02-2024"))
                .containsExactly("DATE 2024-03-12", "DATE 2024-03-12", "DATE 2024-03-12", "DATE 2024-03-12");
    }

    @Test
    void addressesWithPostcodeAndPlace() {
        AddressRecogniser address = new AddressRecogniser();
        assertThat(found(address, "Adres: Van Merlenlaan 105, 2102 BG Heemstede"))
                .containsExactly("ADDRESS Van Merlenlaan 105, 2102BG Heemstede");
        assertThat(found(address, "Bezoekadres Pelikaanweg 112 a\n1506EK Zaandam\nTelefoon"))
                .containsExactly("ADDRESS Pelikaanweg 112-A, 1506EK Zaandam");
        assertThat(found(address, "wonende te Jaagweg 224-bis, 1447 TP Purmerend, hierna"))
                .containsExactly("ADDRESS Jaagweg 224-BIS, 1447TP Purmerend");
        assertThat(found(address, "Huur oktober Utrechtsestraat 57, Amsterdam; Postbus 2300, 2002 CH Haarlem")).isEmpty();
    }

    @Test
    void placesFromTheGazetteer() {
        assertThat(found(new LocationRecogniser(), "Gezien in Zaandam en Koog aan de Zaan, niet in Zaandammer")).containsExactly(
                "LOCATION Zaandam", "LOCATION Koog aan de Zaan");
    }

    @Test
    void personsAfterRoleWordsBeforeBirthAndInNameFields() {
        PersonRecogniser person = new PersonRecogniser();
        assertThat(found(person, "De verdachte J.P. van der Meer verklaarde dat getuige Saskia de Wit-de Graaf loog."))
                .containsExactly("PERSON J.P. van der Meer", "PERSON Saskia de Wit-de Graaf");
        assertThat(found(person, "2. Joost Dekker, geboren op 2 juni 1964 te Den Haag, hierna te noemen 'huurder'"))
                .containsExactly("PERSON Joost Dekker");
        assertThat(found(person, "Naam: Dirk in 't Veld\nVoornamen: Dirk Jan\nAchternaam: in 't Veld"))
                .containsExactly("PERSON Dirk in 't Veld");
        assertThat(found(person, "De bestuurder legitimeerde zich. Geachte heer, mevrouw,\nZoals besproken")).isEmpty();
    }

    @Test
    void personsInAMailsSenderAndRecipientFieldsAsOutlookAndForwardedMailsWriteThem() {
        PersonRecogniser person = new PersonRecogniser();
        // Tika's header block of an Outlook item: the label alone, the value lines later
        assertThat(found(person, "\t\tFrom\n\n\t\tNick Burch (JIRA)\n\n\t\tTo\n\n\t\tHong-Thai Nguyen; users@opennlp.apache.org\n"))
                .containsExactly("PERSON Nick Burch", "PERSON Hong-Thai Nguyen");
        // a forwarded mail's header lines, in English and Dutch; a directory name surname first
        assertThat(found(person, "From: Allison, Timothy B. \nSent: Wednesday, August 30, 2017 3:26 PM\nTo: \"Jan de Vries\" <jan@example.nl>\n"))
                .containsExactlyInAnyOrder("PERSON Timothy B. Allison", "PERSON Jan de Vries");
        assertThat(found(person, "Van: Saskia de Wit-de Graaf <s.dewit@example.nl>\nAan: Couchbase; 'info@example.nl'\n"))
                .containsExactly("PERSON Saskia de Wit-de Graaf");
        assertThat(found(person, "From\n\nCouchbase\nTo the reader: Stichting Wonen Amsterdam\nVan de Belastingdienst\n"))
                .as("a single word, an organisation, no field").isEmpty();
    }

    @Test
    void organisationsByLegalFormKindOrTradeName() {
        assertThat(found(new OrganizationRecogniser(),
                "Werkgever Schipper Transport B.V. huurt van Stichting Wonen Amsterdam; Glazenwasserij Gebroeders Wal V.O.F. betaalt."))
                .containsExactly("ORGANIZATION Schipper Transport B.V.", "ORGANIZATION Stichting Wonen Amsterdam",
                        "ORGANIZATION Glazenwasserij Gebroeders Wal V.O.F.");
        assertThat(found(new OrganizationRecogniser(), "Handelsnaam Kapsalon Maria\nRechtsvorm Eenmanszaak"))
                .containsExactly("ORGANIZATION Kapsalon Maria");
        assertThat(found(new OrganizationRecogniser(), "Uittreksel KvK Zaanstreek Management B.V.\nuit het Handelsregister van Wit Bouw B.V."))
                .as("the document's kind before the name").containsExactly("ORGANIZATION Zaanstreek Management B.V.", "ORGANIZATION Wit Bouw B.V.");
    }

    @Test
    void aValidatedIdentifierWinsOverlapsAndTheLongestSpanOtherwise() {
        assertThat(extracted("Woonstichting Zaanstad, rekening NL91ABNA0417164300, Pelikaanweg 12, 1506EK Zaandam"))
                .containsExactly("ORGANIZATION Woonstichting Zaanstad", "IBAN NL91ABNA0417164300",
                        "ADDRESS Pelikaanweg 12, 1506EK Zaandam");
    }

    @Test
    void relationsStatedInTheText() {
        String text = "De heer Jan de Vries is bestuurder van Schipper Transport B.V. Betrokkene Anna de Haan staat ingeschreven op "
                + "Maerelaan 78, 1968 CS Heemskerk. Het voertuig DZ-521-R staat op naam van mevrouw Anna de Haan. Op 3 maart 2024 is "
                + "€ 9.850,00 van NL91ABNA0417164300 overgemaakt naar NL20INGB0001234567.";
        RuleExtractor extractor = new RuleExtractor();
        List<String> pages = List.of(text);
        List<String> relations = extractor.relations(pages, extractor.mentions(pages)).stream()
                .map(r -> r.from().value() + " " + r.kind() + " " + r.to().value()).toList();
        assertThat(relations).containsExactly(
                "Jan de Vries DIRECTOR_OF Schipper Transport B.V.",
                "Anna de Haan LIVES_AT Maerelaan 78, 1968CS Heemskerk",
                "Anna de Haan REGISTERED_OWNER DZ521R",
                "NL91ABNA0417164300 TRANSFER NL20INGB0001234567");
    }
}
