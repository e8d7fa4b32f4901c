package nl.spoor.ingest.world.documents;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A PDF rekeningafschrift as a bank prints it: a header with the account holder, IBAN, period and the
 * opening and closing balance, then a table of movements over as many pages as it takes, each page
 * closing with the balance carried over and the next opening with it. Two layouts: ING (one amount
 * column with Af/Bij) and Rabobank (Debet and Credit columns). A movement's first line has the date,
 * the counterparty, its IBAN, the bank's code and the amount; the description and the bank's reference
 * ({@code Kenmerk}) follow on lines of their own, wrapped to the width of the name column.
 */
final class Rekeningafschrift {

    enum Bank {
        ING("ING", "Rekeningafschrift", "Rekeninghouder", "IBAN", "Beginsaldo", "Eindsaldo",
                "Overgebracht saldo", "Over te brengen saldo", "Naam / Omschrijving"),
        RABOBANK("Rabobank", "Rekeningoverzicht", "Naam", "Rekeningnummer", "Vorig saldo", "Nieuw saldo",
                "Saldo van vorige pagina", "Saldo naar volgende pagina", "Omschrijving");

        final String name;
        final String title;
        final String holder;
        final String account;
        final String opening;
        final String closing;
        final String carriedIn;
        final String carriedOut;
        final String nameColumn;

        Bank(String name, String title, String holder, String account, String opening, String closing, String carriedIn,
             String carriedOut, String nameColumn) {
            this.name = name;
            this.title = title;
            this.holder = holder;
            this.account = account;
            this.opening = opening;
            this.closing = closing;
            this.carriedIn = carriedIn;
            this.carriedOut = carriedOut;
            this.nameColumn = nameColumn;
        }
    }

    private static final float LEFT = 50;
    private static final float RIGHT = 545;
    private static final float NAME = 105;
    private static final float NAME_WIDTH = 160;
    private static final float COUNTER = 272;
    private static final float CODE = 392;
    private static final float AF_BIJ = 422;
    private static final float DEBET_RIGHT = 475;
    private static final float SIZE = 8;
    private static final float LEADING = 10.5f;
    private static final float TOP = PDRectangle.A4.getHeight() - 42;
    /** Room kept below the last movement of a page for the carried-over line and the footer. */
    private static final float BOTTOM = 95;

    private final World world;
    private final PdfWriter pdf;

    Rekeningafschrift(World world, PdfWriter pdf) {
        this.world = world;
        this.pdf = pdf;
    }

    /** @param capped whether the statement stops at the renderer's row limit (then the period ends at its last movement) */
    Draft render(Statement s, List<String> about, Bank bank, boolean capped) {
        Draft.Mentions m = new Draft.Mentions(world);
        LocalDate from = s.from().withDayOfMonth(1);
        LocalDate until = capped ? s.until() : s.until().withDayOfMonth(s.until().lengthOfMonth());
        String period = bank == Bank.ING ? Dutch.numeric(from) + " t/m " + Dutch.numeric(until)
                : Dutch.date(from) + " tot en met " + Dutch.date(until);
        // The bank as the world names it (ING Bank, Rabobank), a mention like any organisation.
        String bankName = world.node("org:bank-" + (bank == Bank.ING ? "ingb" : "rabo"))
                .map(org -> m.add(org.id(), org.get("name"))).orElse(bank.name);
        String iban = m.add(s.account().id(), Dutch.iban(s.iban()));
        if (s.holderId() != null) {
            m.add(s.holderId(), s.holderName());
        }
        byte[] bytes = pdf.write(bank.title + " " + s.iban(), bank.name, until.plusDays(1).atTime(7, 0),
                bank.name + s.iban() + from, (doc, font) -> new Pages(doc, font, bank, bankName, s, m, iban, period).draw());
        return new Draft("bank", "pdf", "bankafschrift", bank == Bank.ING ? "ing-pdf" : "rabobank-pdf", "application/pdf",
                bytes, m.list(), about, null);
    }

    /** Lays the movements out over pages and draws them. */
    private static final class Pages {
        private final PDDocument doc;
        private final PDType0Font font;
        private final Bank bank;
        private final String bankName;
        private final Statement s;
        private final Draft.Mentions m;
        private final String iban;
        private final String period;
        private PDPageContentStream out;

        Pages(PDDocument doc, PDType0Font font, Bank bank, String bankName, Statement s, Draft.Mentions m, String iban,
              String period) {
            this.doc = doc;
            this.font = font;
            this.bank = bank;
            this.bankName = bankName;
            this.s = s;
            this.m = m;
            this.iban = iban;
            this.period = period;
        }

        void draw() throws IOException {
            List<List<String>> details = new ArrayList<>();
            for (Statement.Movement mv : s.movements()) {
                List<String> lines = mv.description().isBlank() ? new ArrayList<>()
                        : new ArrayList<>(PdfWriter.wrap(font, mv.description().strip(), SIZE, NAME_WIDTH));
                lines.add("Kenmerk: " + mv.key());
                details.add(lines);
            }
            List<List<Integer>> pages = paginate(details);
            BigDecimal balance = s.opening();
            for (int p = 0; p < pages.size(); p++) {
                out = new PDPageContentStream(doc, addPage());
                float y = p == 0 ? firstHeader() : laterHeader(p + 1, balance);
                y = tableHeader(y);
                for (int i : pages.get(p)) {
                    Statement.Movement mv = s.movements().get(i);
                    balance = balance.add(mv.amount());
                    y = movement(y, mv, details.get(i));
                }
                rule(y + 3);
                y -= LEADING;
                boolean last = p == pages.size() - 1;
                text(LEFT, y, last ? bank.closing : bank.carriedOut, SIZE);
                right(RIGHT, y, Dutch.amount(balance), SIZE);
                text(LEFT, 40, bankName + "  " + iban + "  Pagina " + (p + 1) + " van " + pages.size(), 7);
                out.close();
            }
        }

        private PDPage addPage() {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            return page;
        }

        /** Which movements go on which page: as many whole movements as fit above the bottom margin. */
        private List<List<Integer>> paginate(List<List<String>> details) {
            List<List<Integer>> pages = new ArrayList<>();
            List<Integer> page = new ArrayList<>();
            float room = 0;
            for (int i = 0; i < details.size(); i++) {
                float height = (1 + details.get(i).size()) * LEADING + 2;
                if (page.isEmpty() && pages.isEmpty()) {
                    room = TOP - 150 - BOTTOM;
                } else if (room < height) {
                    pages.add(page);
                    page = new ArrayList<>();
                    room = TOP - 70 - BOTTOM;
                }
                page.add(i);
                room -= height;
            }
            pages.add(page);
            return pages;
        }

        private float firstHeader() throws IOException {
            float y = TOP;
            text(LEFT, y, bankName, 16);
            text(380, y, bank.title, 12);
            y -= 34;
            List<String[]> fields = new ArrayList<>();
            if (s.holderName() != null) {
                fields.add(new String[] {bank.holder, s.holderName()});
            }
            fields.add(new String[] {bank.account, iban});
            fields.add(new String[] {"Periode", period});
            fields.add(new String[] {bank.opening, Dutch.euro(s.opening())});
            fields.add(new String[] {bank.closing, Dutch.euro(s.closing())});
            for (String[] f : fields) {
                text(LEFT, y, f[0], 9);
                text(160, y, f[1], 9);
                y -= 13;
            }
            return y - 14;
        }

        private float laterHeader(int page, BigDecimal carried) throws IOException {
            float y = TOP;
            text(LEFT, y, bankName, 12);
            text(380, y, bank.title + " (vervolg)", 10);
            y -= 22;
            text(LEFT, y, bank.account + "  " + iban, 8);
            y -= 20;
            text(LEFT, y, bank.carriedIn, SIZE);
            right(RIGHT, y, Dutch.amount(carried), SIZE);
            return y - 2 * LEADING;
        }

        private float tableHeader(float y) throws IOException {
            text(LEFT, y, "Datum", SIZE);
            text(NAME, y, bank.nameColumn, SIZE);
            text(COUNTER, y, "Tegenrekening", SIZE);
            text(CODE, y, "Code", SIZE);
            if (bank == Bank.ING) {
                text(AF_BIJ, y, "Af/Bij", SIZE);
                right(RIGHT, y, "Bedrag (EUR)", SIZE);
            } else {
                right(DEBET_RIGHT, y, "Debet", SIZE);
                right(RIGHT, y, "Credit", SIZE);
            }
            rule(y - 3);
            return y - LEADING - 4;
        }

        private float movement(float y, Statement.Movement mv, List<String> details) throws IOException {
            text(LEFT, y, Dutch.numeric(mv.date()), SIZE);
            if (mv.counterName() != null) {
                // A name too long for its column is cut as banks do; only a name printed whole is a mention.
                boolean fits = width(mv.counterName(), SIZE) <= COUNTER - NAME - 6;
                String name = fits ? mv.counterName() : cut(mv.counterName(), COUNTER - NAME - 6);
                if (fits && mv.counterHolder() != null) {
                    m.add(mv.counterHolder(), name);
                }
                text(NAME, y, name, SIZE);
            }
            if (mv.counterAccount() != null) {
                text(COUNTER, y, m.add(mv.counterAccount().id(), Dutch.iban(mv.counterAccount().get("iban"))), SIZE);
            }
            text(CODE, y, code(mv), SIZE);
            String amount = Dutch.amount(mv.amount().abs());
            if (bank == Bank.ING) {
                text(AF_BIJ, y, mv.credit() ? "Bij" : "Af", SIZE);
                right(RIGHT, y, amount, SIZE);
            } else {
                right(mv.credit() ? RIGHT : DEBET_RIGHT, y, amount, SIZE);
            }
            for (String line : details) {
                y -= LEADING;
                text(NAME, y, line, SIZE);
            }
            return y - LEADING - 2;
        }

        private String code(Statement.Movement mv) {
            boolean ing = bank == Bank.ING;
            return switch (mv.channel()) {
                case "ideal" -> ing ? "ID" : "id";
                case "incasso" -> ing ? "IC" : "ei";
                case "storting" -> ing ? "ST" : "kh";
                case "geldautomaat" -> ing ? "GM" : "ga";
                default -> ing ? (mv.credit() ? "OV" : "GT") : (mv.credit() ? "cb" : "tb");
            };
        }

        private void rule(float y) throws IOException {
            out.setLineWidth(0.5f);
            out.moveTo(LEFT, y);
            out.lineTo(RIGHT, y);
            out.stroke();
        }

        private void right(float x, float y, String s, float size) throws IOException {
            text(x - width(s, size), y, s, size);
        }

        private void text(float x, float y, String s, float size) throws IOException {
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(x, y);
            out.showText(s);
            out.endText();
        }

        private float width(String s, float size) throws IOException {
            return font.getStringWidth(s) / 1000 * size;
        }

        private String cut(String s, float max) throws IOException {
            String t = s;
            while (!t.isEmpty() && width(t, SIZE) > max) {
                t = t.substring(0, t.length() - 1);
            }
            return t.strip();
        }
    }
}
