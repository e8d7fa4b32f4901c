package nl.spoor.ingest.world.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a {@link Sheet} as an OpenDocument text (ODT, ISO/IEC 26300) package, by hand: the format is a
 * ZIP of a few XML files, and no maintained Java library on Maven Central writes it without pulling in
 * LibreOffice. The {@code mimetype} entry comes first and uncompressed, as the specification requires
 * for detection; every entry carries the document's date, so the bytes depend on the sheet alone.
 */
final class OdtWriter {

    private static final String MEDIA_TYPE = "application/vnd.oasis.opendocument.text";
    private static final String NAMESPACES = " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
            + " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
            + " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" office:version=\"1.3\"";

    byte[] write(Sheet sheet, LocalDateTime created) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] mimetype = MEDIA_TYPE.getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            put(zip, first, mimetype, created);
            put(zip, new ZipEntry("META-INF/manifest.xml"), manifest(), created);
            put(zip, new ZipEntry("meta.xml"), meta(sheet, created), created);
            put(zip, new ZipEntry("styles.xml"), styles(), created);
            put(zip, new ZipEntry("content.xml"), content(sheet), created);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, ZipEntry entry, byte[] content, LocalDateTime time) throws IOException {
        entry.setTimeLocal(time);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    private static byte[] manifest() {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">\n"
                + " <manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + MEDIA_TYPE + "\"/>\n"
                + " <manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>\n"
                + " <manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>\n"
                + " <manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>\n"
                + "</manifest:manifest>\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] meta(Sheet sheet, LocalDateTime created) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-meta" + NAMESPACES + "><office:meta>"
                + "<meta:generator>Spoor documentrenderer</meta:generator>"
                + "<dc:title>" + esc(sheet.title) + "</dc:title>"
                + "<meta:initial-creator>" + esc(sheet.author) + "</meta:initial-creator>"
                + "<dc:creator>" + esc(sheet.author) + "</dc:creator>"
                + "<meta:creation-date>" + created + "</meta:creation-date><dc:date>" + created + "</dc:date>"
                + "<dc:language>nl-NL</dc:language>"
                + "</office:meta></office:document-meta>\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] styles() {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-styles" + NAMESPACES + "><office:styles>"
                + "<style:default-style style:family=\"paragraph\"><style:text-properties fo:font-size=\"10pt\""
                + " fo:language=\"nl\" fo:country=\"NL\"/></style:default-style>"
                + "<style:style style:name=\"Title\" style:family=\"paragraph\"><style:text-properties fo:font-size=\"15pt\""
                + " fo:font-weight=\"bold\"/></style:style>"
                + "<style:style style:name=\"Heading\" style:family=\"paragraph\"><style:text-properties fo:font-size=\"11pt\""
                + " fo:font-weight=\"bold\"/></style:style>"
                + "<style:style style:name=\"Small\" style:family=\"paragraph\"><style:text-properties fo:font-size=\"8pt\"/>"
                + "</style:style></office:styles></office:document-styles>\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] content(Sheet sheet) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content")
                .append(NAMESPACES).append("><office:body><office:text>\n");
        int tables = 0;
        for (Sheet.Block block : sheet.blocks) {
            switch (block) {
                case Sheet.Letterhead l -> {
                    x.append("<text:p text:style-name=\"Heading\">").append(esc(l.organisation())).append("</text:p>\n");
                    x.append("<text:p text:style-name=\"Small\">").append(lines(l.lines())).append("</text:p>\n");
                }
                case Sheet.Title t -> x.append("<text:h text:style-name=\"Title\" text:outline-level=\"1\">")
                        .append(esc(t.text())).append("</text:h>\n");
                case Sheet.Heading h -> x.append("<text:h text:style-name=\"Heading\" text:outline-level=\"2\">")
                        .append(esc(h.text())).append("</text:h>\n");
                case Sheet.Paragraph p -> x.append("<text:p>").append(lines(List.of(p.text().split("\n", -1))))
                        .append("</text:p>\n");
                case Sheet.Fields f -> table(x, ++tables, 2, null,
                        f.pairs().stream().map(pair -> List.of(pair[0], pair[1])).toList());
                case Sheet.Table t -> table(x, ++tables, t.header().size(), t.header(), t.rows());
                case Sheet.Signature s -> x.append("<text:p>").append(lines(s.lines())).append("</text:p>\n");
            }
        }
        if (sheet.footer != null) {
            x.append("<text:p text:style-name=\"Small\">").append(esc(sheet.footer)).append("</text:p>\n");
        }
        return x.append("</office:text></office:body></office:document-content>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void table(StringBuilder x, int number, int columns, List<String> header, List<List<String>> rows) {
        x.append("<table:table table:name=\"Tabel").append(number).append("\"><table:table-column table:number-columns-repeated=\"")
                .append(columns).append("\"/>\n");
        if (header != null) {
            x.append("<table:table-header-rows>");
            row(x, header);
            x.append("</table:table-header-rows>\n");
        }
        for (List<String> r : rows) {
            row(x, r);
        }
        x.append("</table:table>\n");
    }

    private static void row(StringBuilder x, List<String> cells) {
        x.append("<table:table-row>");
        for (String cell : cells) {
            x.append("<table:table-cell office:value-type=\"string\"><text:p>").append(esc(cell))
                    .append("</text:p></table:table-cell>");
        }
        x.append("</table:table-row>\n");
    }

    private static String lines(List<String> lines) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                s.append("<text:line-break/>");
            }
            s.append(esc(lines.get(i)));
        }
        return s.toString();
    }

    /** XML-escaped, with runs of spaces kept as ODF writes them (a reader collapses plain runs to one space). */
    private static String esc(String text) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        StringBuilder s = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(" ( +)").matcher(escaped);
        while (m.find()) {
            m.appendReplacement(s, " <text:s text:c=\"" + m.group(1).length() + "\"/>");
        }
        m.appendTail(s);
        return s.toString();
    }
}
