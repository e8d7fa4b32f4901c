package nl.spoor.ingest.world;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.spoor.model.provenance.SourceKind;

/**
 * The sources every fact of the world names (world-format.md, "sources.csv"): one per register, one per
 * bank's statements. Their {@code kind} is what they stand for (a register, a bank statement, a police
 * document); the {@code synthetic:} prefix and the title say they are generated.
 */
public final class Sources {

    public static final String BRP = "synthetic:brp";
    public static final String KVK = "synthetic:kvk";
    public static final String RDW = "synthetic:rdw";
    public static final String KADASTER = "synthetic:kadaster";
    public static final String POLITIE = "synthetic:politie";
    public static final String BELASTINGDIENST = "synthetic:belastingdienst";
    public static final String UWV = "synthetic:uwv";
    public static final String INTERNET = "synthetic:internet";

    /** Where the data was shared under: the RIEC covenant under the WGS. */
    static final String LEGAL_BASIS = "WGS art. 2.3 (RIEC-convenant Noord-Holland)";

    /** The purpose the registers were shared for: one RIEC case, as a signal's data arrives under its case. */
    static final String CASE_ID = "RIEC-NH-2025-SYNTH";

    private Sources() {
    }

    public static String bank(String bankCode) {
        return "synthetic:bank:" + bankCode;
    }

    /** A sources.csv row. */
    record Row(String sourceId, SourceKind kind, String title, String partner) {
    }

    static List<Row> all() {
        List<Row> rows = new ArrayList<>(List.of(
                new Row(BRP, SourceKind.REGISTER, "Synthetisch BRP-extract Noord-Holland", "gemeenten-nh"),
                new Row(KVK, SourceKind.REGISTER, "Synthetisch KvK-handelsregister Noord-Holland", "kvk"),
                new Row(RDW, SourceKind.REGISTER, "Synthetisch RDW-kentekenregister", "rdw"),
                new Row(KADASTER, SourceKind.REGISTER, "Synthetisch Kadaster- en WOZ-extract", "kadaster"),
                new Row(POLITIE, SourceKind.DOCUMENT, "Synthetische politieregistraties (verkeerscontroles, ANPR)", "politie-nh"),
                new Row(BELASTINGDIENST, SourceKind.REGISTER, "Synthetische aangiften inkomstenbelasting", "belastingdienst"),
                new Row(UWV, SourceKind.REGISTER, "Synthetische uitkeringsgegevens UWV, SVB en gemeenten", "uwv"),
                new Row(INTERNET, SourceKind.DOCUMENT, "Synthetische advertenties (open bronnen)", "politie-nh")));
        for (Banks.Bank bank : Banks.ALL) {
            rows.add(new Row(bank(bank.code()), SourceKind.BANK_STATEMENT,
                    "Synthetische rekeningafschriften " + bank.name(), "fiod"));
        }
        return rows;
    }

    /** Received the day after the world's period ends; kept five years. */
    static LocalDate receivedAt(LocalDate periodEnd) {
        return periodEnd.plusDays(1);
    }
}
