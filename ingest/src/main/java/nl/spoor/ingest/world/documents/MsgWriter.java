package nl.spoor.ingest.world.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.apache.poi.hpsf.ClassID;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Writes a {@link Mail} as an Outlook item (.msg, [MS-OXMSG]): a compound file written with POI's POIFS
 * (POI reads MSG but does not write it) holding the MAPI properties as {@code __substg1.0_} streams,
 * the fixed-size ones and the sizes of the others in {@code __properties_version1.0}, one recipient
 * storage and, where the mail has one, an attachment storage with the file's bytes.
 */
final class MsgWriter {

    private static final int UNICODE = 0x001F;
    private static final int BINARY = 0x0102;
    private static final int INT = 0x0003;
    private static final int TIME = 0x0040;
    /** Readable and writable, as Outlook marks its properties. */
    private static final int FLAGS = 0x0006;
    /** {00020D0B-0000-0000-C000-000000000046}: the storage class of an Outlook message. */
    private static final String MESSAGE_CLSID = "{00020D0B-0000-0000-C000-000000000046}";

    private MsgWriter() {
    }

    static byte[] write(Mail mail) {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            DirectoryEntry root = fs.getRoot();
            root.setStorageClsid(new ClassID(MESSAGE_CLSID));
            long filetime = filetime(mail);
            Properties top = new Properties(root);
            top.string(0x001A, "IPM.Note");
            top.string(0x0037, mail.subject());
            top.string(0x0E1D, mail.subject());
            top.string(0x1000, mail.body());
            top.string(0x0C1A, mail.fromName());
            top.string(0x0C1F, mail.fromAddress());
            top.string(0x0C1E, "SMTP");
            top.string(0x5D01, mail.fromAddress());
            top.string(0x0042, mail.fromName());
            top.string(0x0065, mail.fromAddress());
            top.string(0x0E04, mail.to());
            top.string(0x1035, "<" + mail.messageId() + "@mail.example.nl>");
            top.string(0x007D, headers(mail));
            top.time(0x0039, filetime);
            top.time(0x0E06, filetime);
            top.integer(0x0E07, mail.attachment() == null ? 0x1 : 0x11); // read, has attachments
            top.integer(0x3FDE, 65001); // internet code page: UTF-8
            top.integer(0x340D, 0x00040000); // store supports Unicode

            DirectoryEntry recipient = root.createDirectory("__recip_version1.0_#00000000");
            Properties to = new Properties(recipient);
            to.string(0x3001, mail.to());
            to.string(0x3002, "SMTP");
            to.string(0x3003, mail.to());
            to.string(0x39FE, mail.to());
            to.integer(0x0C15, 1); // MAPI_TO
            to.integer(0x3000, 0); // row id

            if (mail.attachment() != null) {
                Mail.Attachment a = mail.attachment();
                DirectoryEntry attachment = root.createDirectory("__attach_version1.0_#00000000");
                Properties at = new Properties(attachment);
                at.string(0x3707, a.name());
                at.string(0x3704, a.name());
                at.string(0x3001, a.name());
                String extension = a.name().contains(".") ? a.name().substring(a.name().lastIndexOf('.')) : "";
                at.string(0x3703, extension);
                at.string(0x370E, a.mediaType());
                at.binary(0x3701, a.bytes());
                at.integer(0x3705, 1); // ATTACH_BY_VALUE
                at.integer(0x0E20, a.bytes().length);
                at.integer(0x370B, -1); // not rendered in the body
                at.integer(0x0E21, 0); // attachment number
                at.write(8, 0);
            }

            DirectoryEntry named = root.createDirectory("__nameid_version1.0");
            named.createDocument("__substg1.0_00020102", new java.io.ByteArrayInputStream(new byte[0]));
            named.createDocument("__substg1.0_00030102", new java.io.ByteArrayInputStream(new byte[0]));
            named.createDocument("__substg1.0_00040102", new java.io.ByteArrayInputStream(new byte[0]));

            top.write(32, mail.attachment() == null ? 0 : 1);
            to.write(8, 0);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The internet headers Outlook keeps of a received mail; Tika takes the date and addresses from them too. */
    private static String headers(Mail mail) {
        return "From: " + mail.fromName() + " <" + mail.fromAddress() + ">\r\n"
                + "To: " + mail.to() + "\r\n"
                + "Subject: " + mail.subject() + "\r\n"
                + "Date: " + DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT).format(mail.sent().atZone(Mail.AMSTERDAM)) + "\r\n"
                + "Message-ID: <" + mail.messageId() + "@mail.example.nl>\r\n"
                + "MIME-Version: 1.0\r\n";
    }

    /** 100-nanosecond intervals since 1601-01-01 UTC. */
    private static long filetime(Mail mail) {
        long seconds = mail.sent().atZone(Mail.AMSTERDAM).withZoneSameInstant(ZoneOffset.UTC).toEpochSecond();
        return (seconds + 11_644_473_600L) * 10_000_000L;
    }

    /** The properties of one storage: variable-length values as streams, all of them listed in the property stream. */
    private static final class Properties {
        private final DirectoryEntry dir;
        private final ByteArrayOutputStream entries = new ByteArrayOutputStream();

        Properties(DirectoryEntry dir) {
            this.dir = dir;
        }

        void string(int id, String value) throws IOException {
            byte[] bytes = (value + "\0").getBytes(StandardCharsets.UTF_16LE);
            stream(id, UNICODE, bytes);
        }

        void binary(int id, byte[] value) throws IOException {
            stream(id, BINARY, value);
        }

        private void stream(int id, int type, byte[] bytes) throws IOException {
            dir.createDocument(String.format(Locale.ROOT, "__substg1.0_%04X%04X", id, type), new java.io.ByteArrayInputStream(bytes));
            entry(id, type, ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putInt(bytes.length).putInt(0).array());
        }

        void integer(int id, int value) {
            entry(id, INT, ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putInt(value).putInt(0).array());
        }

        void time(int id, long filetime) {
            entry(id, TIME, ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(filetime).array());
        }

        private void entry(int id, int type, byte[] value) {
            ByteBuffer b = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
            b.putInt(id << 16 | type).putInt(FLAGS).put(value);
            entries.writeBytes(b.array());
        }

        /**
         * @param header 32 for the message itself (next recipient and attachment ids, their counts), 8 for
         *               a recipient or attachment
         */
        void write(int header, int attachments) throws IOException {
            ByteBuffer h = ByteBuffer.allocate(header).order(ByteOrder.LITTLE_ENDIAN);
            if (header == 32) {
                h.putLong(0).putInt(1).putInt(attachments).putInt(1).putInt(attachments).putLong(0);
            }
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            all.writeBytes(h.array());
            all.writeBytes(entries.toByteArray());
            dir.createDocument("__properties_version1.0", new java.io.ByteArrayInputStream(all.toByteArray()));
        }
    }
}
