package nl.spoor.ingest.world.documents;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.SplittableRandom;

/** Shared by the kinds that write office documents: the writers of each {@link OfficeFormat} and a few Dutch particulars. */
final class Office {

    final World world;
    final PdfWriter pdf = new PdfWriter();
    final DocxWriter docx = new DocxWriter();
    final OdtWriter odt = new OdtWriter();
    final RtfWriter rtf = new RtfWriter();
    final DocWriter doc = new DocWriter();

    /** Scans need a PDF to rasterise, whatever the kind would have chosen. */
    final boolean pdfOnly;

    Office(World world, boolean pdfOnly) {
        this.world = world;
        this.pdfOnly = pdfOnly;
    }

    /** The sheet in the wanted format (PDF when only PDF will do); the document id seeds the PDF /ID so equal inputs give equal bytes. */
    Draft draft(String folder, String kind, String variant, Sheet sheet, Draft.Mentions mentions, List<String> about,
                OfficeFormat wanted, LocalDateTime created, String documentId) {
        OfficeFormat format = pdfOnly ? OfficeFormat.PDF : wanted;
        byte[] bytes = switch (format) {
            case PDF -> pdf.write(sheet, created, documentId);
            case DOCX -> docx.write(sheet, created);
            case ODT -> odt.write(sheet, created);
            case RTF -> rtf.write(sheet, created);
            case DOC -> doc.write(sheet, created);
        };
        return new Draft(folder, format.extension, kind, variant, format.mediaType, bytes, mentions.list(), about, null);
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
