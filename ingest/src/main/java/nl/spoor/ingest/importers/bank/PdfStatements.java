package nl.spoor.ingest.importers.bank;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

import nl.spoor.model.identifiers.Iban;

/**
 * PDF rekeningafschriften of ING and Rabobank. Recognised by the words of their first page (the labels of
 * holder, account, period and balances, and the table's column headings); read from the positions of the
 * words PDFBox finds, not from the text's order: each column starts where its heading does, so a cell is
 * what lies under its heading, and a line with nothing in the date column continues the movement above
 * (a description wrapped over two lines, the {@code Kenmerk}). Every page's carried-over balance and the
 * closing balance must agree with the movements; a movement's locator is {@code page:2:row:5} (the fifth
 * movement on page 2).
 */
final class PdfStatements {

    /** The labels and column headings of one bank's afschrift. */
    private record Layout(StatementFormat format, String holder, String account, String opening, String closing,
                          String carriedIn, String carriedOut, List<String> headings, Set<String> cashCodes) {

        boolean debetCredit() {
            return headings.contains("Debet");
        }
    }

    private static final Layout ING = new Layout(StatementFormat.ING_PDF, "Rekeninghouder", "IBAN", "Beginsaldo",
            "Eindsaldo", "Overgebracht saldo", "Over te brengen saldo",
            List.of("Datum", "Naam / Omschrijving", "Tegenrekening", "Code", "Af/Bij", "Bedrag (EUR)"), Set.of("GM", "ST", "PK"));
    private static final Layout RABOBANK = new Layout(StatementFormat.RABOBANK_PDF, "Naam", "Rekeningnummer", "Vorig saldo",
            "Nieuw saldo", "Saldo van vorige pagina", "Saldo naar volgende pagina",
            List.of("Datum", "Omschrijving", "Tegenrekening", "Code", "Debet", "Credit"), Set.of("ga", "kh"));
    private static final List<Layout> LAYOUTS = List.of(ING, RABOBANK);

    private static final String IBAN = "[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?";
    private static final Pattern PRINTED_AMOUNT = Pattern.compile("-?(?:€\\s*)?-?\\d{1,3}(?:\\.\\d{3})*,\\d{2}");
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\d{2}-\\d{2}-\\d{4}");
    private static final Pattern KENMERK = Pattern.compile("\\s*\\bKenmerk: (\\S+)");
    private static final DateTimeFormatter NUMERIC = DateTimeFormatter.ofPattern("dd-MM-yyyy", Locale.ROOT);
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("nl", "NL"));
    private static final Pattern PERIOD = Pattern.compile("Periode\\s+(.+?)\\s+(?:t/m|tot en met)\\s+(.+)");

    private PdfStatements() {
    }

    static boolean mayBe(byte[] content) {
        int n = Math.min(content.length, 1024);
        return new String(content, 0, n, StandardCharsets.ISO_8859_1).contains("%PDF-");
    }

    /**
     * The layout whose labels and headings the first page's text has, or empty. The text may be Tika's or
     * PDFBox's: only words are looked for, not their order. A proces-verbaal that names amounts and IBANs
     * lacks the period, the balances and the table's headings together.
     */
    static Optional<StatementFormat> recognise(String firstPage) {
        String text = firstPage.replaceAll("\\s+", " ");
        for (Layout l : LAYOUTS) {
            boolean labels = text.contains(l.opening()) && text.contains(l.closing()) && text.contains("Periode")
                    && Pattern.compile("\\b" + l.account() + ":? (" + IBAN + ")").matcher(text).find();
            if (labels && l.headings().stream().allMatch(text::contains)) {
                return Optional.of(l.format());
            }
        }
        return Optional.empty();
    }

    /** The layout of a PDF's first page, or empty when it is no PDF, cannot be opened or is no afschrift. */
    static Optional<StatementFormat> detect(byte[] content) {
        if (!mayBe(content)) {
            return Optional.empty();
        }
        try (PDDocument doc = Loader.loadPDF(content)) {
            if (doc.getNumberOfPages() == 0) {
                return Optional.empty();
            }
            PDFTextStripper first = new PDFTextStripper();
            first.setStartPage(1);
            first.setEndPage(1);
            return recognise(first.getText(doc));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static Statement read(Path file, byte[] content) {
        try (PDDocument doc = Loader.loadPDF(content)) {
            List<List<PageWords.Line>> pages = new ArrayList<>();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                pages.add(PageWords.of(doc, p));
            }
            if (pages.isEmpty()) {
                throw new StatementFormatException(file, null, null, "has no pages");
            }
            Layout layout = LAYOUTS.stream()
                    .filter(l -> recognise(String.join("\n", pages.getFirst().stream().map(PageWords.Line::text).toList()))
                            .filter(l.format()::equals).isPresent())
                    .findFirst().orElseThrow(() -> new StatementFormatException(file, "page 1", null,
                            "is not an ING or Rabobank rekeningafschrift: the labels (IBAN, Periode, saldi) or the table's headings are missing"));
            return new Reading(file, layout).read(pages);
        } catch (InvalidPasswordException e) {
            throw new StatementFormatException(file, null, null, "is an encrypted PDF: ask for it without a password", e);
        } catch (IOException e) {
            throw new StatementFormatException(file, null, null, "is not a readable PDF: " + e.getMessage(), e);
        }
    }

    /** One afschrift being read, page by page. */
    private static final class Reading {
        private final Path file;
        private final Layout layout;
        private Iban account;
        private String holder;
        private LocalDate from;
        private LocalDate until;
        private BigDecimal opening;
        private BigDecimal closing;
        private BigDecimal balance;
        private final List<Movement> movements = new ArrayList<>();

        Reading(Path file, Layout layout) {
            this.file = file;
            this.layout = layout;
        }

        Statement read(List<List<PageWords.Line>> pages) {
            for (int p = 0; p < pages.size(); p++) {
                page(p + 1, pages.get(p), p == pages.size() - 1);
            }
            Fields f = new Fields(file, "page 1");
            if (account == null) {
                throw f.error(layout.account(), "is missing");
            }
            if (opening == null || closing == null) {
                throw f.error(opening == null ? layout.opening() : layout.closing(), "is missing");
            }
            if (from == null) {
                throw f.error("Periode", "is missing");
            }
            if (balance.compareTo(closing) != 0) {
                throw f.error(layout.closing(), "is " + closing.toPlainString() + " but " + layout.opening() + " "
                        + opening.toPlainString() + " plus the movements gives " + balance.toPlainString()
                        + ": a movement is missing or a total was changed");
            }
            return StatementReader.assemble(file, layout.format(), account, holder, from, until, opening, closing, movements);
        }

        private void page(int page, List<PageWords.Line> lines, boolean last) {
            int header = -1;
            for (int i = 0; i < lines.size() && header < 0; i++) {
                if (lines.get(i).columns(layout.headings()) != null) {
                    header = i;
                }
            }
            if (header < 0) {
                if (page == 1) {
                    throw new StatementFormatException(file, "page 1", null, "has no table with the columns " + layout.headings());
                }
                return; // a page of conditions or notes after the table
            }
            Fields f = new Fields(file, "page " + page);
            for (PageWords.Line line : lines.subList(0, header)) {
                if (page == 1) {
                    headerField(f, line.text());
                }
                labelled(f, line.text(), layout.carriedIn()).ifPresent(carried -> {
                    if (balance == null || carried.compareTo(balance) != 0) {
                        throw f.error(layout.carriedIn(), "is " + carried.toPlainString() + " but the pages before end at "
                                + (balance == null ? "nothing" : balance.toPlainString()));
                    }
                });
            }
            if (balance == null) {
                if (opening == null) {
                    throw f.error(layout.opening(), "is missing");
                }
                balance = opening;
            }
            float[] columns = lines.get(header).columns(layout.headings());
            Row row = null;
            int number = 0;
            int i = header + 1;
            for (; i < lines.size(); i++) {
                PageWords.Line line = lines.get(i);
                String[] cells = line.cells(columns);
                if (NUMERIC_DATE.matcher(cells[0]).matches()) {
                    finish(row);
                    row = new Row(page, ++number, cells, line.text());
                } else if (row != null && cells[0].isEmpty() && onlyIn(cells, 1)) {
                    row.details.add(cells[1]);
                    row.snippet.append(" / ").append(line.text());
                } else {
                    break;
                }
            }
            finish(row);
            // Below the table: the balance carried to the next page, or the closing balance on the last page.
            String label = last ? layout.closing() : layout.carriedOut();
            boolean found = false;
            for (PageWords.Line line : lines.subList(i, lines.size())) {
                Optional<BigDecimal> total = labelled(f, line.text(), label);
                if (total.isPresent()) {
                    found = true;
                    if (total.get().compareTo(balance) != 0) {
                        throw f.error(label, "is " + total.get().toPlainString() + " but the movements up to here give "
                                + balance.toPlainString() + ": a movement is missing or a total was changed");
                    }
                }
            }
            if (!found) {
                throw f.error(label, "is missing below the table");
            }
        }

        private static boolean onlyIn(String[] cells, int column) {
            for (int c = 0; c < cells.length; c++) {
                if (c != column && !cells[c].isEmpty()) {
                    return false;
                }
            }
            return !cells[column].isEmpty();
        }

        private void headerField(Fields f, String text) {
            if (holder == null && text.startsWith(layout.holder() + " ")) {
                holder = text.substring(layout.holder().length()).strip();
            }
            if (account == null) {
                Matcher m = Pattern.compile("^" + layout.account() + ":?\\s+(" + IBAN + ")").matcher(text);
                if (m.find()) {
                    account = f.iban(layout.account(), m.group(1));
                }
            }
            Matcher period = PERIOD.matcher(text);
            if (from == null && period.matches()) {
                from = date(f, "Periode", period.group(1));
                until = date(f, "Periode", period.group(2));
            }
            if (opening == null) {
                opening = labelled(f, text, layout.opening()).orElse(null);
            }
            if (closing == null) {
                closing = labelled(f, text, layout.closing()).orElse(null);
            }
        }

        /** The amount after {@code label} when the line starts with it. */
        private static Optional<BigDecimal> labelled(Fields f, String text, String label) {
            if (!text.startsWith(label + " ")) {
                return Optional.empty();
            }
            return Optional.of(amount(f, label, text.substring(label.length()).strip()));
        }

        private void finish(Row row) {
            if (row == null) {
                return;
            }
            Fields f = new Fields(file, "page " + row.page + ", row " + row.number);
            String[] c = row.cells;
            BigDecimal amount;
            if (layout.debetCredit()) {
                boolean debet = !c[4].isEmpty();
                if (debet == !c[5].isEmpty()) {
                    throw f.error("Debet/Credit", "needs an amount in exactly one of Debet and Credit");
                }
                amount = debet ? amount(f, "Debet", c[4]).negate() : amount(f, "Credit", c[5]);
            } else {
                amount = amount(f, "Bedrag (EUR)", c[5]);
                amount = switch (c[4]) {
                    case "Af" -> amount.negate();
                    case "Bij" -> amount;
                    default -> throw f.error("Af/Bij", "'" + c[4] + "' is neither Af nor Bij");
                };
            }
            String details = String.join(" ", row.details);
            Matcher kenmerk = KENMERK.matcher(details);
            String reference = kenmerk.find() ? kenmerk.group(1) : null;
            String description = kenmerk.replaceAll("").strip();
            boolean cash = layout.cashCodes().contains(c[3]);
            movements.add(new Movement(date(f, "Datum", c[0]), amount, "EUR", cash ? Movement.cash(amount) : Movement.Kind.TRANSFER,
                    f.optionalIban("Tegenrekening", c[2].replace(" ", "")), c[1], description, reference,
                    "page:" + row.page + ":row:" + row.number, row.snippet.toString()));
            balance = balance.add(amount);
        }

        private static BigDecimal amount(Fields f, String field, String printed) {
            String text = printed.replace(" ", "");
            if (!PRINTED_AMOUNT.matcher(text).matches()) {
                throw f.error(field, "'" + printed + "' is not an amount (expected e.g. 1.234,56)");
            }
            boolean negative = text.contains("-");
            BigDecimal value = new BigDecimal(text.replaceAll("[€\\-.]", "").replace(',', '.'));
            return negative ? value.negate() : value;
        }

        private static LocalDate date(Fields f, String field, String text) {
            try {
                return LocalDate.parse(text.strip(), NUMERIC_DATE.matcher(text.strip()).matches() ? NUMERIC : LONG);
            } catch (DateTimeParseException e) {
                throw f.error(field, "'" + text + "' is not a date");
            }
        }
    }

    /** A movement's lines as read: the first line's cells, then the lines that continue it. */
    private static final class Row {
        final int page;
        final int number;
        final String[] cells;
        final List<String> details = new ArrayList<>();
        final StringBuilder snippet;

        Row(int page, int number, String[] cells, String text) {
            this.page = page;
            this.number = number;
            this.cells = cells;
            this.snippet = new StringBuilder(text);
        }
    }
}
