package nl.spoor.ingest.importers.bank;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.prowidesoftware.swift.model.mx.MxCamt05300102;
import com.prowidesoftware.swift.model.mx.dic.AccountStatement2;
import com.prowidesoftware.swift.model.mx.dic.BankTransactionCodeStructure4;
import com.prowidesoftware.swift.model.mx.dic.CashAccount16;
import com.prowidesoftware.swift.model.mx.dic.CashBalance3;
import com.prowidesoftware.swift.model.mx.dic.CreditDebitCode;
import com.prowidesoftware.swift.model.mx.dic.DateAndDateTimeChoice;
import com.prowidesoftware.swift.model.mx.dic.EntryTransaction2;
import com.prowidesoftware.swift.model.mx.dic.PartyIdentification32;
import com.prowidesoftware.swift.model.mx.dic.ReportEntry2;
import com.prowidesoftware.swift.model.mx.dic.TransactionParty2;

import nl.spoor.model.identifiers.Iban;

/**
 * ISO 20022 camt.053.001.02, parsed by Prowide. One statement ({@code Stmt}) per file; each {@code Ntry}
 * is a movement, located by its 1-based index.
 */
final class Camt053 implements StatementReader {

    private static final Pattern NAMESPACE = Pattern.compile("urn:iso:std:iso:20022:tech:xsd:camt\\.053\\.(\\d{3}\\.\\d{2})");
    private static final String SUPPORTED = "001.02";
    /** ISO bank transaction sub-families for cash: withdrawal, deposit; and proprietary codes banks use. */
    private static final Set<String> CASH_SUBFAMILIES = Set.of("CWDL", "CDPT");
    private static final Pattern CASH_WORDS = Pattern.compile("(?i)\\b(geldautomaat|geldopname|storting|kasstorting)\\b");

    @Override
    public StatementFormat format() {
        return StatementFormat.CAMT053;
    }

    @Override
    public boolean recognises(String head) {
        return NAMESPACE.matcher(head).find();
    }

    @Override
    public Statement read(Path file, String text) {
        Matcher ns = NAMESPACE.matcher(text);
        if (ns.find() && !ns.group(1).equals(SUPPORTED)) {
            throw new StatementFormatException(file, null, "namespace", "camt.053." + ns.group(1)
                    + " is not supported yet, only camt.053." + SUPPORTED);
        }
        MxCamt05300102 mx;
        try {
            mx = MxCamt05300102.parse(text);
        } catch (RuntimeException e) {
            throw new StatementFormatException(file, null, null, "is not a readable camt.053 document: " + e.getMessage(), e);
        }
        if (mx == null || mx.getBkToCstmrStmt() == null || mx.getBkToCstmrStmt().getStmt().isEmpty()) {
            throw new StatementFormatException(file, null, "BkToCstmrStmt/Stmt", "is missing: not a complete camt.053 document");
        }
        List<AccountStatement2> statements = mx.getBkToCstmrStmt().getStmt();
        if (statements.size() > 1) {
            throw new StatementFormatException(file, null, "Stmt", "holds " + statements.size()
                    + " statements; one per file is supported");
        }
        AccountStatement2 stmt = statements.getFirst();
        Fields head = new Fields(file, null);
        if (stmt.getAcct() == null || stmt.getAcct().getId() == null) {
            throw head.error("Stmt/Acct/Id", "is missing");
        }
        Iban account = head.iban("Stmt/Acct/Id/IBAN", stmt.getAcct().getId().getIBAN());
        String holder = stmt.getAcct().getOwnr() == null ? null : stmt.getAcct().getOwnr().getNm();
        CashBalance3 opening = balance(stmt, "OPBD", "PRCD");
        CashBalance3 closing = balance(stmt, "CLBD");
        List<Movement> movements = new ArrayList<>();
        List<ReportEntry2> entries = stmt.getNtry();
        for (int i = 0; i < entries.size(); i++) {
            movements.add(movement(new Fields(file, "entry " + (i + 1)), entries.get(i), "entry:" + (i + 1)));
        }
        return StatementReader.assemble(file, format(), account, holder,
                opening == null ? null : date(head, "Bal/Dt", opening.getDt()),
                closing == null ? null : date(head, "Bal/Dt", closing.getDt()),
                opening == null ? null : signed(head, "Bal/Amt", opening.getAmt() == null ? null : opening.getAmt().getValue(), opening.getCdtDbtInd()),
                closing == null ? null : signed(head, "Bal/Amt", closing.getAmt() == null ? null : closing.getAmt().getValue(), closing.getCdtDbtInd()),
                movements);
    }

    private static Movement movement(Fields f, ReportEntry2 e, String locator) {
        if (e.getAmt() == null) {
            throw f.error("Amt", "is missing");
        }
        BigDecimal amount = signed(f, "Amt", e.getAmt().getValue(), e.getCdtDbtInd());
        String currency = f.currency("Amt/@Ccy", e.getAmt().getCcy());
        LocalDate date = date(f, "BookgDt", e.getBookgDt());
        EntryTransaction2 tx = e.getNtryDtls().isEmpty() || e.getNtryDtls().getFirst().getTxDtls().isEmpty() ? null
                : e.getNtryDtls().getFirst().getTxDtls().getFirst();
        String counterIban = null;
        String counterName = null;
        String description = "";
        String endToEnd = null;
        if (tx != null) {
            TransactionParty2 parties = tx.getRltdPties();
            if (parties != null) {
                // The counterparty is the debtor of money coming in and the creditor of money going out.
                boolean credit = amount.signum() >= 0;
                CashAccount16 acct = credit ? parties.getDbtrAcct() : parties.getCdtrAcct();
                PartyIdentification32 party = credit ? parties.getDbtr() : parties.getCdtr();
                String field = credit ? "NtryDtls/TxDtls/RltdPties/DbtrAcct/Id/IBAN" : "NtryDtls/TxDtls/RltdPties/CdtrAcct/Id/IBAN";
                counterIban = acct == null || acct.getId() == null ? null : f.optionalIban(field, acct.getId().getIBAN());
                counterName = party == null ? null : party.getNm();
            }
            if (tx.getRmtInf() != null && !tx.getRmtInf().getUstrd().isEmpty()) {
                description = String.join(" ", tx.getRmtInf().getUstrd());
                if (description.equals("-")) {
                    description = "";
                }
            }
            if (tx.getRefs() != null) {
                endToEnd = tx.getRefs().getEndToEndId();
            }
        }
        String reference = endToEnd != null && !endToEnd.isBlank() && !endToEnd.equals("NOTPROVIDED") ? endToEnd
                : e.getAcctSvcrRef() != null ? e.getAcctSvcrRef() : e.getNtryRef();
        Movement.Kind kind = counterIban == null && cash(e.getBkTxCd(), description) ? Movement.cash(amount)
                : Movement.Kind.TRANSFER;
        String snippet = String.join(" ", date.toString(), e.getCdtDbtInd() == null ? "" : e.getCdtDbtInd().value(),
                e.getAmt().getValue().toPlainString(), currency, counterIban == null ? "" : counterIban,
                counterName == null ? "" : counterName, description, reference == null ? "" : reference).replaceAll(" {2,}", " ");
        return new Movement(date, amount, currency, kind, counterIban, counterName, description, reference, locator, snippet);
    }

    private static boolean cash(BankTransactionCodeStructure4 code, String description) {
        if (code != null && code.getDomn() != null && code.getDomn().getFmly() != null
                && CASH_SUBFAMILIES.contains(code.getDomn().getFmly().getSubFmlyCd())) {
            return true;
        }
        if (code != null && code.getPrtry() != null && code.getPrtry().getCd() != null
                && CASH_WORDS.matcher(code.getPrtry().getCd().toLowerCase(Locale.ROOT)).find()) {
            return true;
        }
        return CASH_WORDS.matcher(description).find();
    }

    private static CashBalance3 balance(AccountStatement2 stmt, String... codes) {
        for (String code : codes) {
            for (CashBalance3 b : stmt.getBal()) {
                if (b.getTp() != null && b.getTp().getCdOrPrtry() != null && b.getTp().getCdOrPrtry().getCd() != null
                        && b.getTp().getCdOrPrtry().getCd().value().equals(code)) {
                    return b;
                }
            }
        }
        return null;
    }

    private static BigDecimal signed(Fields f, String field, BigDecimal value, CreditDebitCode mark) {
        BigDecimal amount = f.decimal(field, value);
        if (mark == null) {
            throw f.error("CdtDbtInd", "is missing");
        }
        return mark == CreditDebitCode.DBIT ? amount.negate() : amount;
    }

    private static LocalDate date(Fields f, String field, DateAndDateTimeChoice choice) {
        if (choice != null && choice.getDt() != null) {
            return choice.getDt();
        }
        if (choice != null && choice.getDtTm() != null) {
            return choice.getDtTm().toLocalDate();
        }
        throw f.error(field, "is missing");
    }
}
