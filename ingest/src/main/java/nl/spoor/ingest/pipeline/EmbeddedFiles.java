package nl.spoor.ingest.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.EntryUtils;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.EmbeddedContentHandler;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Takes attachments and archive entries out of a container as bytes instead of parsing them into the
 * container's text: each becomes a document of its own with a link to its parent. Images placed in a
 * page (a logo in a letter) stay part of their document, and so does a mail's unnamed text part (its body). Reads no more than the expansion budget
 * allows, so a zip bomb stops after a few megabytes, not after filling the disk.
 */
final class EmbeddedFiles implements EmbeddedDocumentExtractor {

    private final Parser parser;
    private final ParseContext context;
    private final ExpansionBudget budget;
    private final long maxFileBytes;
    private final List<EmbeddedFile> files = new ArrayList<>();
    private String overLimit;

    EmbeddedFiles(Parser parser, ParseContext context, ExpansionBudget budget, long maxFileBytes) {
        this.parser = parser;
        this.context = context;
        this.budget = budget;
        this.maxFileBytes = maxFileBytes;
    }

    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
        return overLimit == null && !"INLINE".equals(metadata.get(TikaCoreProperties.EMBEDDED_RESOURCE_TYPE));
    }

    @Override
    public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) throws IOException, SAXException {
        if (!shouldParseEmbedded(metadata)) {
            return;
        }
        stream = withBytes(stream);
        String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
        if (isBody(name, metadata)) {
            // A mail's own text arrives as an unnamed part: it is the message, not an attachment.
            byte[] body = stream.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileBytes));
            if (body.length == 0) {
                // A mail with an empty text part is an ordinary mail without a body, not a broken one.
                return;
            }
            try {
                parser.parse(new java.io.ByteArrayInputStream(body), new EmbeddedContentHandler(new BodyContentHandler(handler)), metadata, context);
            } catch (TikaException e) {
                throw new IOException("unreadable message body: " + e.getMessage(), e);
            }
            return;
        }
        if (name == null || name.isBlank()) {
            name = "embedded-" + (files.size() + 1);
        }
        long allowed = Math.min(maxFileBytes, budget.remaining());
        byte[] content = stream.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, allowed + 1));
        if (content.length > allowed) {
            overLimit = content.length > maxFileBytes
                    ? "embedded file " + name + " is larger than " + maxFileBytes + " bytes"
                    : "unpacks to more than " + budget.ratio() + " times its size (a zip bomb?) at " + name;
            return;
        }
        budget.spend(content.length);
        files.add(new EmbeddedFile(name, content));
    }

    /**
     * Tika hands on some embedded documents as an empty stream holding the open document: a mailbox's
     * message (java-libpst), and an Office document or Outlook message inside another (the POIFS
     * directory of a Word document in a Word document, of a mail attached to a mail). Such a document is
     * stored as the file it is: the mailbox's message as a .msg ({@link nl.spoor.ingest.extract.PstItems}),
     * the directory as a compound file of its own.
     */
    private static InputStream withBytes(InputStream stream) throws IOException {
        com.pff.PSTMessage item = nl.spoor.ingest.extract.PstItems.item(stream);
        if (item != null) {
            return new java.io.ByteArrayInputStream(nl.spoor.ingest.extract.PstItems.msg(item));
        }
        if (stream instanceof org.apache.tika.io.TikaInputStream tis && tis.getOpenContainer() instanceof DirectoryEntry dir) {
            return new java.io.ByteArrayInputStream(compoundFile(dir));
        }
        return stream;
    }

    /**
     * The directory as a compound file. An attached Outlook message ({@code __substg1.0_3701000D}) has a
     * 24-byte property header where a message file has 32 ([MS-OXMSG] 2.4.1.1, 2.4.1.2): the 8 reserved
     * bytes are added, as Outlook does when it saves an attached message.
     */
    private static byte[] compoundFile(DirectoryEntry dir) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EntryUtils.copyNodes(dir, fs.getRoot());
            fs.getRoot().setStorageClsid(dir.getStorageClsid());
            String properties = "__properties_version1.0";
            if (dir.getName().startsWith("__substg1.0_3701") && fs.getRoot().hasEntry(properties)) {
                byte[] old;
                try (InputStream in = fs.createDocumentInputStream(properties)) {
                    old = in.readAllBytes();
                }
                if (old.length >= 24) {
                    byte[] header32 = new byte[old.length + 8];
                    System.arraycopy(old, 0, header32, 0, 24);
                    System.arraycopy(old, 24, header32, 32, old.length - 24);
                    fs.getRoot().getEntry(properties).delete();
                    fs.getRoot().createDocument(properties, new java.io.ByteArrayInputStream(header32));
                }
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private static boolean isBody(String name, Metadata metadata) {
        String disposition = metadata.get("Content-Disposition");
        String type = metadata.get(Metadata.CONTENT_TYPE);
        return (name == null || name.isBlank()) && (disposition == null || !disposition.toLowerCase(java.util.Locale.ROOT).startsWith("attachment"))
                && type != null && type.startsWith("text/");
    }

    List<EmbeddedFile> files() {
        return List.copyOf(files);
    }

    /** Why extraction stopped early, or null. */
    String overLimit() {
        return overLimit;
    }
}
