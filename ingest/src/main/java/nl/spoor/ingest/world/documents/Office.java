package nl.spoor.ingest.world.documents;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.SplittableRandom;

/** Shared by the kinds that write office documents: PDF and DOCX writers and a few Dutch particulars. */
final class Office {

    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    final World world;
    final PdfWriter pdf = new PdfWriter();
    final DocxWriter docx = new DocxWriter();

    /** Scans need a PDF to rasterise, whatever the kind would have chosen. */
    final boolean pdfOnly;

    Office(World world, boolean pdfOnly) {
        this.world = world;
        this.pdfOnly = pdfOnly;
    }

    /** The sheet as PDF or DOCX; the document id seeds the PDF /ID so equal inputs give equal bytes. */
    Draft draft(String folder, String kind, String variant, Sheet sheet, Draft.Mentions mentions, List<String> about,
                boolean docxWanted, LocalDateTime created, String documentId) {
        boolean asDocx = docxWanted && !pdfOnly;
        byte[] bytes = asDocx ? docx.write(sheet, created) : pdf.write(sheet, created, documentId);
        return new Draft(folder, asDocx ? "docx" : "pdf", kind, variant, asDocx ? DOCX : PDF, bytes,
                mentions.list(), about, null);
    }

    static LocalDateTime at(LocalDate date, SplittableRandom random) {
        return date.atTime(8 + random.nextInt(10), random.nextInt(60), random.nextInt(60));
    }

    private static final String[] OFFICER_GIVEN = {"Jeroen", "Marieke", "Bas", "Linda", "Erik", "Samira", "Tom",
            "Annemieke", "Youssef", "Kim"};
    private static final String[] OFFICER_SURNAME = {"Visser", "de Boer", "Mulder", "Jansen", "Smit", "Meijer",
            "van Dijk", "Bos", "Hoekstra", "Kramer"};

    /** A verbalisant's name: a police officer is not an entity of the world. */
    static String officer(SplittableRandom random) {
        return OFFICER_GIVEN[random.nextInt(OFFICER_GIVEN.length)] + " "
                + OFFICER_SURNAME[random.nextInt(OFFICER_SURNAME.length)];
    }

    /** A registration number like {@code PL1200-2024123456}. */
    static String pvNumber(LocalDate date, SplittableRandom random) {
        return "PL1200-" + date.getYear() + String.format(java.util.Locale.ROOT, "%06d", random.nextInt(1_000_000));
    }
}
