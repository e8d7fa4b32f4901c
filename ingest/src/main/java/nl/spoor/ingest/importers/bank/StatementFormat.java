package nl.spoor.ingest.importers.bank;

/** The bank statement layouts Spoor reads, as recognised from a file's content. */
public enum StatementFormat {
    /** ING "Af- en bijschrijvingen" CSV, both the {@code ;} layout (with balances) and the older {@code ,} one. */
    ING_CSV,
    /** Rabobank CSV, 26 columns, header starting with {@code IBAN/BBAN}. */
    RABOBANK_CSV,
    /** ABN AMRO TXT: tab separated, no header, the bare account number in the first column. */
    ABN_AMRO_TXT,
    /** SWIFT MT940 customer statement. */
    MT940,
    /** ISO 20022 camt.053.001.02 bank-to-customer statement. */
    CAMT053,
    /** A workbook (XLSX or XLS) whose first sheet has the ING export's columns, as downloaded or kept by an analyst. */
    ING_SPREADSHEET,
    /** A workbook (XLSX or XLS) whose first sheet has the Rabobank export's 26 columns. */
    RABOBANK_SPREADSHEET,
    /** ING PDF rekeningafschrift: Rekeninghouder, IBAN, Periode, Beginsaldo, Eindsaldo; Af/Bij and Bedrag columns. */
    ING_PDF,
    /** Rabobank PDF rekeningoverzicht: Naam, Rekeningnummer, Periode, Vorig saldo, Nieuw saldo; Debet and Credit columns. */
    RABOBANK_PDF
}
