package nl.spoor.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The second look's rules on text: when it looks again, and which of the second reading's numbers it takes. */
class ScanOcrTest {

    @Test
    void aLabelledNumberThatFailsItsCheckCallsForASecondLook() {
        assertThat(ScanOcr.refusesALabelledNumber("Naam: Bram ten Have\nBSN: 3395895900\n")).isTrue();
        assertThat(ScanOcr.refusesALabelledNumber("RSIN 8369214135\n")).isTrue();
        assertThat(ScanOcr.refusesALabelledNumber("KvK-nummer 5351379\n")).isTrue();
    }

    @Test
    void validOrUnlabelledNumbersCallForNone() {
        assertThat(ScanOcr.refusesALabelledNumber("BSN: 339589590\nRSIN 869214135\nKvK-nummer 53513798\n")).isFalse();
        assertThat(ScanOcr.refusesALabelledNumber("Telefoon 0612345678\nFactuur 3395895900\n")).isFalse();
        assertThat(ScanOcr.refusesALabelledNumber("BSN: onbekend (geen BSN)\n")).isFalse();
    }

    @Test
    void theSecondReadingsLineIsTakenWhenItsNumberPassesAndIsCloseToTheRefusedOne() {
        String first = "Naam: Bram ten Have\nBSN: 3395895900\nNaam: Marieke Verhoeven\nBSN: 201484080\n";
        String second = "Naam: Bram ten Have\nBSN: 339589590\nNaam: Marieke Verhoeven\nBSN: 201484080\n";
        assertThat(ScanOcr.confirmed(first, second)).containsExactly("BSN: 339589590");
        assertThat(ScanOcr.confirmed("RSIN 8369214135\nRechtsvorm", "RSIN ; 869214135\nRechtsvorm"))
                .containsExactly("RSIN ; 869214135");
    }

    @Test
    void aValidNumberFarFromEveryRefusedOneIsNotTaken() {
        // 741575747 passes the elfproef, but is no second reading of 3395895900
        assertThat(ScanOcr.confirmed("BSN: 3395895900\n", "BSN: 741575747\n")).isEmpty();
    }

    @Test
    void anUnlabelledOrFailingOrAlreadyReadNumberIsNotTaken() {
        assertThat(ScanOcr.confirmed("BSN: 3395895900\n", "Geboren: 09-08-1983\n339589590\n")).isEmpty();
        assertThat(ScanOcr.confirmed("BSN: 3395895900\n", "BSN: 339589591\n")).isEmpty();
        assertThat(ScanOcr.confirmed("BSN: 339589590\nBSN: 3395895900\n", "BSN: 339589590\n")).isEmpty();
    }
}
