package nl.spoor.ingest.world.documents;

import java.util.SplittableRandom;

/** The file formats an office document (a {@link Sheet}) is written in, with the media type Tika detects. */
enum OfficeFormat {
    PDF("pdf", "application/pdf"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ODT("odt", "application/vnd.oasis.opendocument.text"),
    RTF("rtf", "application/rtf"),
    DOC("doc", "application/msword");

    final String extension;
    final String mediaType;

    OfficeFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /**
     * One format by weight, in the order of the constants: {@code pick(random, 40, 25, 12, 12, 11)} is PDF 40 %,
     * DOCX 25 %, ODT, RTF and DOC 12, 12 and 11 %. One draw from {@code random}.
     */
    static OfficeFormat pick(SplittableRandom random, int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int ticket = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            ticket -= weights[i];
            if (ticket < 0) {
                return values()[i];
            }
        }
        throw new IllegalStateException("weights " + java.util.Arrays.toString(weights));
    }
}
