package nl.spoor.ingest.world.documents;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

import com.prowidesoftware.swift.model.field.Field20;
import com.prowidesoftware.swift.model.field.Field25;
import com.prowidesoftware.swift.model.field.Field28C;
import com.prowidesoftware.swift.model.field.Field60F;
import com.prowidesoftware.swift.model.field.Field61;
import com.prowidesoftware.swift.model.field.Field62F;
import com.prowidesoftware.swift.model.field.Field86;
import com.prowidesoftware.swift.model.mt.mt9xx.MT940;
import com.prowidesoftware.swift.model.mx.MxCamt05300102;
import com.prowidesoftware.swift.model.mx.dic.AccountIdentification4Choice;
import com.prowidesoftware.swift.model.mx.dic.AccountStatement2;
import com.prowidesoftware.swift.model.mx.dic.ActiveOrHistoricCurrencyAndAmount;
import com.prowidesoftware.swift.model.mx.dic.BalanceType12;
import com.prowidesoftware.swift.model.mx.dic.BalanceType12Code;
import com.prowidesoftware.swift.model.mx.dic.BalanceType5Choice;
import com.prowidesoftware.swift.model.mx.dic.BankToCustomerStatementV02;
import com.prowidesoftware.swift.model.mx.dic.BankTransactionCodeStructure4;
import com.prowidesoftware.swift.model.mx.dic.CashAccount16;
import com.prowidesoftware.swift.model.mx.dic.CashAccount20;
import com.prowidesoftware.swift.model.mx.dic.CashBalance3;
import com.prowidesoftware.swift.model.mx.dic.CreditDebitCode;
import com.prowidesoftware.swift.model.mx.dic.DateAndDateTimeChoice;
import com.prowidesoftware.swift.model.mx.dic.EntryDetails1;
import com.prowidesoftware.swift.model.mx.dic.EntryStatus2Code;
import com.prowidesoftware.swift.model.mx.dic.EntryTransaction2;
import com.prowidesoftware.swift.model.mx.dic.GroupHeader42;
import com.prowidesoftware.swift.model.mx.dic.PartyIdentification32;
import com.prowidesoftware.swift.model.mx.dic.ProprietaryBankTransactionCodeStructure1;
import com.prowidesoftware.swift.model.mx.dic.RemittanceInformation5;
import com.prowidesoftware.swift.model.mx.dic.ReportEntry2;
import com.prowidesoftware.swift.model.mx.dic.TransactionParty2;
import com.prowidesoftware.swift.model.mx.dic.TransactionReferences2;

/**
 * Bank statements of one account over a period, in the export layouts Dutch banks hand out: ING CSV
 * (both the {@code ;} and the older {@code ,} layout), Rabobank CSV, ABN AMRO TXT (tab separated),
 * MT940 (Prowide swift-core) and camt.053.001.02 (Prowide ISO 20022).
 */
final class BankStatements implements DocumentKind {

    static final int MAX_ROWS = 120;
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd", Locale.ROOT);
    private static final DateTimeFormatter MMDD = DateTimeFormatter.ofPattern("MMdd", Locale.ROOT);

    private final World world;
    private final Rekeningafschrift pdf;

    BankStatements(World world, PdfWriter pdfWriter) {
        this.world = world;
        this.pdf = new Rekeningafschrift(world, pdfWriter);
    }

    /** ING's download as an XLSX workbook, Rabobank's as an XLS one: the export's columns, numbers and dates as cells. */
    Draft spreadsheet(Statement s, List<String> about, boolean ing) {
        Draft.Mentions m = new Draft.Mentions(world);
        List<List<String>> rows = ing ? ingRows(s, m, true) : rabobankRows(s, m);
        return new Draft("bank", ing ? "xlsx" : "xls", "bankafschrift", ing ? "ing-xlsx" : "rabobank-xls",
                ing ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "application/vnd.ms-excel",
                Spreadsheet.write(rows, ing, s.until().plusDays(1)), m.list(), about, null);
    }

    @Override
    public String name() {
        return "bankafschrift";
    }

    @Override
    public List<Candidate> candidates() {
        List<Candidate> list = new ArrayList<>();
        for (WorldRow account : world.nodes("BankAccount")) {
            int count = world.from("TRANSFER", account.id()).size() + world.to("TRANSFER", account.id()).size()
                    + world.to("CASH_DEPOSIT", account.id()).size() + world.from("CASH_WITHDRAWAL", account.id()).size();
            if (count >= 3) {
                List<String> about = new ArrayList<>();
                about.add(account.id());
                world.holderOf(account.id()).ifPresent(about::add);
                list.add(new Candidate(account, about));
            }
        }
        return list;
    }

    @Override
    public Draft render(Candidate c, SplittableRandom random) {
        Statement s = Statement.of(world, c.row(), random, MAX_ROWS);
        String bank = c.row().getOr("bankCode", s.iban().substring(4, 8));
        int pick = random.nextInt(10);
        // The bank's own export where it has one, else (and sometimes anyway) the interbank formats; of ING and
        // Rabobank also the PDF afschrift and the spreadsheet download (XLSX for ING, the older XLS for Rabobank).
        if (pick < 6) {
            boolean capped = s.movements().size() == MAX_ROWS;
            switch (bank) {
                case "INGB" -> {
                    boolean semicolon = random.nextBoolean();
                    int medium = random.nextInt(8);
                    return medium < 2 ? pdf.render(s, c.about(), Rekeningafschrift.Bank.ING, capped)
                            : medium < 4 ? spreadsheet(s, c.about(), true) : ingCsv(s, c.about(), semicolon);
                }
                case "RABO" -> {
                    int medium = random.nextInt(8);
                    return medium < 2 ? pdf.render(s, c.about(), Rekeningafschrift.Bank.RABOBANK, capped)
                            : medium < 4 ? spreadsheet(s, c.about(), false) : rabobankCsv(s, c.about());
                }
                case "ABNA" -> {
                    return abnAmroTxt(s, c.about());
                }
                default -> {
                }
            }
        }
        return pick % 2 == 0 ? mt940(s, c.about()) : camt053(s, c.about(), random);
    }

    // ---- ING ----

    private static String ingCode(Statement.Movement m) {
        return switch (m.channel()) {
            case "ideal" -> "ID";
            case "incasso" -> "IC";
            case "storting" -> "ST";
            case "geldautomaat" -> "GM";
            default -> m.credit() ? "OV" : "GT";
        };
    }

    private static String ingSoort(String code) {
        return switch (code) {
            case "ID" -> "iDEAL";
            case "IC" -> "Incasso";
            case "ST" -> "Storting";
            case "GM" -> "Geldautomaat";
            case "GT" -> "Online bankieren";
            default -> "Overschrijving";
        };
    }

    Draft ingCsv(Statement s, List<String> about, boolean semicolon) {
        Draft.Mentions m = new Draft.Mentions(world);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(semicolon ? ';' : ',')
                .setQuoteMode(QuoteMode.ALL).setRecordSeparator("\r\n").get();
        return draft("csv", "ing-csv" + (semicolon ? "" : "-komma"), "text/csv", csv(format, ingRows(s, m, semicolon)), m, about);
    }

    /** The ING export's header and rows, newest first, as the CSV and the spreadsheet download write them. */
    List<List<String>> ingRows(Statement s, Draft.Mentions m, boolean semicolon) {
        String own = m.add(s.account().id(), s.iban());
        List<String> header = new ArrayList<>(List.of("Datum", "Naam / Omschrijving", "Rekening", "Tegenrekening", "Code",
                "Af Bij", "Bedrag (EUR)", semicolon ? "Mutatiesoort" : "MutatieSoort", "Mededelingen"));
        if (semicolon) {
            header.add("Saldo na mutatie");
            header.add("Tag");
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(header);
        {
            // ING lists the newest first; the running balance is computed oldest first.
            List<BigDecimal> after = balancesAfter(s);
            for (int i = s.movements().size() - 1; i >= 0; i--) {
                Statement.Movement mv = s.movements().get(i);
                String code = ingCode(mv);
                String name = counterName(m, mv);
                String counter = mv.counterAccount() == null ? "" : m.add(mv.counterAccount().id(),
                        mv.counterAccount().get("iban"));
                String mededelingen = mv.counterAccount() == null
                        ? mv.description() + " " + name + " Datum/Tijd: " + Dutch.numeric(mv.date())
                        : "Naam: " + name + " Omschrijving: " + mv.description() + " IBAN: " + counter
                        + " Kenmerk: " + mv.key() + " Valutadatum: " + Dutch.numeric(mv.date());
                List<String> row = new ArrayList<>(List.of(COMPACT.format(mv.date()), name, own, counter, code,
                        mv.credit() ? "Bij" : "Af", Dutch.plainAmount(mv.amount().abs()), ingSoort(code), mededelingen));
                if (semicolon) {
                    row.add(Dutch.plainAmount(after.get(i)));
                    row.add("");
                }
                rows.add(row);
            }
        }
        return rows;
    }

    // ---- Rabobank ----

    private static String raboCode(Statement.Movement m) {
        return switch (m.channel()) {
            case "ideal" -> "id";
            case "incasso" -> "ei";
            case "geldautomaat" -> "ga";
            case "storting" -> "kh";
            default -> m.credit() ? "cb" : "tb";
        };
    }

    Draft rabobankCsv(Statement s, List<String> about) {
        Draft.Mentions m = new Draft.Mentions(world);
        CSVFormat format = CSVFormat.DEFAULT.builder().setQuoteMode(QuoteMode.ALL).setRecordSeparator("\r\n").get();
        return draft("csv", "rabobank-csv", "text/csv", csv(format, rabobankRows(s, m)), m, about);
    }

    /** The Rabobank export's header and rows, oldest first, as the CSV and the spreadsheet download write them. */
    List<List<String>> rabobankRows(Statement s, Draft.Mentions m) {
        String own = m.add(s.account().id(), s.iban());
        String bic = s.account().getOr("bic", "RABONL2U");
        List<List<String>> rows = new ArrayList<>();
        {
            rows.add(List.of("IBAN/BBAN", "Munt", "BIC", "Volgnr", "Datum", "Rentedatum", "Bedrag", "Saldo na trn",
                    "Tegenrekening IBAN/BBAN", "Naam tegenpartij", "Naam uiteindelijke partij", "Naam initiërende partij",
                    "BIC tegenpartij", "Code", "Batch ID", "Transactiereferentie", "Machtigingskenmerk", "Incassant ID",
                    "Betalingskenmerk", "Omschrijving-1", "Omschrijving-2", "Omschrijving-3", "Reden retour",
                    "Oorspr bedrag", "Oorspr munt", "Koers"));
            List<BigDecimal> after = balancesAfter(s);
            long volgnr = 1_000 + Math.abs((long) s.iban().hashCode() % 90_000);
            for (int i = 0; i < s.movements().size(); i++) {
                Statement.Movement mv = s.movements().get(i);
                String counter = mv.counterAccount() == null ? "" : m.add(mv.counterAccount().id(),
                        mv.counterAccount().get("iban"));
                String counterBic = mv.counterAccount() == null ? "" : mv.counterAccount().getOr("bic", "");
                String description = mv.description();
                String[] parts = {description, "", ""};
                if (description.length() > 35) {
                    parts = new String[] {description.substring(0, 35), description.substring(35), ""};
                }
                rows.add(List.of(own, "EUR", bic, String.format(Locale.ROOT, "%018d", volgnr + i),
                        mv.date().toString(), mv.date().toString(), signed(mv.amount()), signed(after.get(i)), counter,
                        counterName(m, mv), "", "", counterBic, raboCode(mv), "", mv.key(), "", "", "",
                        parts[0], parts[1], parts[2], "", "", "", ""));
            }
        }
        return rows;
    }

    private static String csv(CSVFormat format, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            for (List<String> row : rows) {
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String signed(BigDecimal amount) {
        return (amount.signum() < 0 ? "-" : "+") + Dutch.plainAmount(amount.abs());
    }

    // ---- ABN AMRO ----

    Draft abnAmroTxt(Statement s, List<String> about) {
        Draft.Mentions m = new Draft.Mentions(world);
        // The TXT export shows the bare account number: the IBAN's ten digits without leading zeros.
        String number = m.add(s.account().id(), s.iban().substring(8).replaceFirst("^0+", ""));
        StringBuilder out = new StringBuilder();
        BigDecimal balance = s.opening();
        for (Statement.Movement mv : s.movements()) {
            BigDecimal next = balance.add(mv.amount());
            String description;
            if (mv.counterAccount() == null) {
                description = mv.credit()
                        ? "/TRTP/STORTING/REMI/" + mv.description() + " " + counterName(m, mv) + "/"
                        : "GEA   NR:" + mv.key() + "   " + DateTimeFormatter.ofPattern("dd.MM.yy", Locale.ROOT)
                        .format(mv.date()) + "/12.00 " + counterName(m, mv);
            } else {
                String type = switch (mv.channel()) {
                    case "ideal" -> "iDEAL";
                    case "incasso" -> "SEPA Incasso algemeen doorlopend";
                    default -> "SEPA OVERBOEKING";
                };
                description = "/TRTP/" + type + "/IBAN/" + m.add(mv.counterAccount().id(), mv.counterAccount().get("iban"))
                        + "/BIC/" + mv.counterAccount().getOr("bic", "") + "/NAME/" + counterName(m, mv) + "/REMI/"
                        + mv.description() + "/EREF/" + mv.key();
            }
            out.append(number).append('\t').append("EUR").append('\t').append(COMPACT.format(mv.date())).append('\t')
                    .append(Dutch.plainAmount(balance)).append('\t').append(Dutch.plainAmount(next)).append('\t')
                    .append(COMPACT.format(mv.date())).append('\t').append(mv.credit() ? "" : "-")
                    .append(Dutch.plainAmount(mv.amount().abs())).append('\t').append(description).append("\r\n");
            balance = next;
        }
        return draft("txt", "abnamro-txt", "text/tsv", out.toString(), m, about);
    }

    // ---- MT940 ----

    Draft mt940(Statement s, List<String> about) {
        Draft.Mentions m = new Draft.Mentions(world);
        String bic = s.account().getOr("bic", "INGBNL2A");
        String bic11 = (bic + "XXX").substring(0, 11);
        MT940 mt = new MT940(bic11, bic11);
        mt.append(new Field20("S" + COMPACT.format(s.until()) + s.iban().substring(s.iban().length() - 6)));
        mt.append(new Field25(m.add(s.account().id(), s.iban()) + "EUR"));
        mt.append(new Field28C(String.format(Locale.ROOT, "%05d", s.until().getDayOfYear())));
        mt.append(new Field60F(dc(s.opening()) + YYMMDD.format(s.from()) + "EUR" + swiftAmount(s.opening())));
        for (Statement.Movement mv : s.movements()) {
            String type = switch (mv.channel()) {
                case "storting", "geldautomaat" -> "NMSC";
                case "incasso" -> "NDDT";
                default -> "NTRF";
            };
            mt.append(new Field61(YYMMDD.format(mv.date()) + MMDD.format(mv.date()) + (mv.credit() ? "C" : "D")
                    + swiftAmount(mv.amount().abs()) + type + "NONREF//" + mv.key()));
            List<String> segments = new ArrayList<>();
            segments.add("/EREF/" + mv.key());
            if (mv.counterAccount() != null) {
                String name = mv.counterName() == null ? "" : swiftText(mv.counterName());
                if (mv.counterHolder() != null && !name.isEmpty()) {
                    m.add(mv.counterHolder(), name);
                }
                segments.add("/CNTP/" + m.add(mv.counterAccount().id(), mv.counterAccount().get("iban")) + "/"
                        + mv.counterAccount().getOr("bic", "") + "/" + name + "/");
            }
            segments.add("/REMI/USTD//" + swiftText(mv.description()) + "/");
            mt.append(new Field86(String.join("\r\n", pack(segments))));
        }
        BigDecimal closing = s.closing();
        mt.append(new Field62F(dc(closing) + YYMMDD.format(s.until()) + "EUR" + swiftAmount(closing)));
        String text = mt.message();
        return draft("sta", "mt940", "text/plain", text, m, about);
    }

    private static String dc(BigDecimal amount) {
        return amount.signum() < 0 ? "D" : "C";
    }

    private static String swiftAmount(BigDecimal amount) {
        return Dutch.plainAmount(amount.abs());
    }

    /** Field 86 lines hold 65 characters; segments are kept whole so names stay on one line. */
    private static List<String> pack(List<String> segments) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String segment : segments) {
            String rest = segment;
            while (!rest.isEmpty()) {
                if (line.length() + rest.length() <= 65) {
                    line.append(rest);
                    rest = "";
                } else if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line = new StringBuilder();
                } else {
                    lines.add(rest.substring(0, 65));
                    rest = rest.substring(65);
                }
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines.size() > 6 ? lines.subList(0, 6) : lines;
    }

    /** The SWIFT X character set: banks transliterate names (Şahin → Sahin, Łódź → Lodz, & → +). */
    static String swiftText(String s) {
        String plain = Normalizer.normalize(s.replace("ł", "l").replace("Ł", "L").replace("ß", "ss")
                .replace("&", "+").replace("ı", "i"), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.replaceAll("[^A-Za-z0-9/\\-?:().,'+ ]", " ").replaceAll(" {2,}", " ").trim();
    }

    // ---- camt.053 ----

    Draft camt053(Statement s, List<String> about, SplittableRandom random) {
        Draft.Mentions m = new Draft.Mentions(world);
        java.time.OffsetDateTime created = s.until().plusDays(1)
                .atTime(6, random.nextInt(60), random.nextInt(60)).atOffset(ZoneOffset.ofHours(1));
        GroupHeader42 header = new GroupHeader42().setMsgId("CAMT053" + COMPACT.format(s.until())
                + s.iban().substring(s.iban().length() - 6)).setCreDtTm(created);
        CashAccount20 account = new CashAccount20()
                .setId(new AccountIdentification4Choice().setIBAN(m.add(s.account().id(), s.iban()))).setCcy("EUR");
        if (s.holderId() != null) {
            account.setOwnr(new PartyIdentification32().setNm(m.add(s.holderId(), s.holderName())));
        }
        AccountStatement2 statement = new AccountStatement2().setId(header.getMsgId() + "-1")
                .setElctrncSeqNb(BigDecimal.valueOf(s.until().getDayOfYear())).setCreDtTm(created).setAcct(account);
        statement.getBal().add(balance(BalanceType12Code.OPBD, s.opening(), s.from()));
        statement.getBal().add(balance(BalanceType12Code.CLBD, s.closing(), s.until()));
        for (Statement.Movement mv : s.movements()) {
            ReportEntry2 entry = new ReportEntry2().setNtryRef(mv.key())
                    .setAmt(new ActiveOrHistoricCurrencyAndAmount().setCcy("EUR").setValue(mv.amount().abs()))
                    .setCdtDbtInd(mv.credit() ? CreditDebitCode.CRDT : CreditDebitCode.DBIT)
                    .setSts(EntryStatus2Code.BOOK)
                    .setBookgDt(new DateAndDateTimeChoice().setDt(mv.date()))
                    .setValDt(new DateAndDateTimeChoice().setDt(mv.date()))
                    .setAcctSvcrRef(mv.key())
                    .setBkTxCd(new BankTransactionCodeStructure4().setPrtry(
                            new ProprietaryBankTransactionCodeStructure1().setCd(mv.channel().toUpperCase(Locale.ROOT))
                                    .setIssr("SPOOR")));
            EntryTransaction2 tx = new EntryTransaction2().setRefs(new TransactionReferences2().setEndToEndId(mv.key()));
            if (mv.counterAccount() != null) {
                TransactionParty2 parties = new TransactionParty2();
                PartyIdentification32 party = new PartyIdentification32();
                if (mv.counterName() != null) {
                    party.setNm(counterName(m, mv));
                }
                CashAccount16 counter = new CashAccount16().setId(new AccountIdentification4Choice()
                        .setIBAN(m.add(mv.counterAccount().id(), mv.counterAccount().get("iban"))));
                if (mv.credit()) {
                    parties.setDbtr(party).setDbtrAcct(counter);
                } else {
                    parties.setCdtr(party).setCdtrAcct(counter);
                }
                tx.setRltdPties(parties);
            }
            RemittanceInformation5 remittance = new RemittanceInformation5();
            remittance.getUstrd().add(mv.description().isEmpty() ? "-" : mv.description());
            tx.setRmtInf(remittance);
            EntryDetails1 details = new EntryDetails1();
            details.getTxDtls().add(tx);
            entry.getNtryDtls().add(details);
            statement.getNtry().add(entry);
        }
        BankToCustomerStatementV02 body = new BankToCustomerStatementV02().setGrpHdr(header);
        body.getStmt().add(statement);
        MxCamt05300102 mx = new MxCamt05300102().setBkToCstmrStmt(body);
        String xml = mx.message();
        return draft("xml", "camt053", "application/xml", xml, m, about);
    }

    private static CashBalance3 balance(BalanceType12Code code, BigDecimal amount, LocalDate date) {
        return new CashBalance3().setTp(new BalanceType12().setCdOrPrtry(new BalanceType5Choice().setCd(code)))
                .setAmt(new ActiveOrHistoricCurrencyAndAmount().setCcy("EUR").setValue(amount.abs()))
                .setCdtDbtInd(amount.signum() < 0 ? CreditDebitCode.DBIT : CreditDebitCode.CRDT)
                .setDt(new DateAndDateTimeChoice().setDt(date));
    }

    // ---- shared ----

    /** The counterparty's name as written, mentioned when it names a world entity. */
    private static String counterName(Draft.Mentions m, Statement.Movement mv) {
        if (mv.counterName() == null) {
            return "";
        }
        return mv.counterHolder() == null ? mv.counterName() : m.add(mv.counterHolder(), mv.counterName());
    }

    private static List<BigDecimal> balancesAfter(Statement s) {
        List<BigDecimal> after = new ArrayList<>();
        BigDecimal balance = s.opening();
        for (Statement.Movement mv : s.movements()) {
            balance = balance.add(mv.amount());
            after.add(balance);
        }
        return after;
    }

    private Draft draft(String extension, String variant, String format, String text, Draft.Mentions m,
                        List<String> about) {
        return new Draft("bank", extension, "bankafschrift", variant, format, text.getBytes(StandardCharsets.UTF_8),
                m.list(), about, null);
    }
}
