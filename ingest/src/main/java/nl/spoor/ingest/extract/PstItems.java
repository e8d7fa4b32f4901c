package nl.spoor.ingest.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Locale;

import org.apache.poi.hpsf.ClassID;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.io.TikaInputStream;

import com.pff.PSTAttachment;
import com.pff.PSTException;
import com.pff.PSTMessage;
import com.pff.PSTRecipient;

/**
 * The messages of an Outlook mailbox (.pst) as the Outlook items (.msg, [MS-OXMSG]) Outlook saves them
 * as. Tika hands a PST's messages on as an empty stream that carries the open java-libpst message: there
 * are no bytes to store as a document, and Tika's in-place rendering of such an item shows its body
 * only, not the sender and recipients it shows for the same item as a .msg. Written out as a .msg, a
 * message from a mailbox is read exactly like one saved on its own (header block, body, attachments,
 * attached messages at any depth). POI reads MSG but does not write it, and no library writes PST or
 * converts from it, so this writes the compound file with POI's POIFS: the MAPI properties an item's
 * reader uses, variable-length ones as {@code __substg1.0_} streams, one storage per recipient and per
 * attachment, an attached message as a nested message storage.
 */
public final class PstItems {

    private static final int UNICODE = 0x001F;
    private static final int BINARY = 0x0102;
    private static final int OBJECT = 0x000D;
    private static final int INT = 0x0003;
    private static final int TIME = 0x0040;
    /** Readable and writable, as Outlook marks its properties. */
    private static final int FLAGS = 0x0006;
    private static final String MESSAGE_CLSID = "{00020D0B-0000-0000-C000-000000000046}";
    private static final int ATTACH_EMBEDDED_MESSAGE = 5;

    private PstItems() {
    }

    /** The mailbox message a Tika stream stands for, or null for any other stream. */
    public static PSTMessage item(InputStream stream) {
        return stream instanceof TikaInputStream tis && tis.getOpenContainer() instanceof PSTMessage m ? m : null;
    }

    /** The message as a .msg file. */
    public static byte[] msg(PSTMessage message) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            DirectoryEntry root = fs.getRoot();
            root.setStorageClsid(new ClassID(MESSAGE_CLSID));
            write(message, root, true);
            DirectoryEntry named = root.createDirectory("__nameid_version1.0");
            for (String stream : new String[] {"__substg1.0_00020102", "__substg1.0_00030102", "__substg1.0_00040102"}) {
                named.createDocument(stream, new java.io.ByteArrayInputStream(new byte[0]));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (PSTException e) {
            throw new IOException("unreadable message in the mailbox: " + e.getMessage(), e);
        }
    }

    private static void write(PSTMessage m, DirectoryEntry dir, boolean top) throws IOException, PSTException {
        Properties p = new Properties(dir);
        p.string(0x001A, m.getMessageClass());
        p.string(0x0037, m.getSubject());
        p.string(0x1000, m.getBody());
        if (m.getBody().isBlank() && !m.getBodyHTML().isBlank()) {
            p.binary(0x1013, m.getBodyHTML().getBytes(StandardCharsets.UTF_8));
        }
        p.string(0x0C1A, m.getSenderName());
        p.string(0x0C1F, m.getSenderEmailAddress());
        p.string(0x0C1E, m.getSenderAddrtype());
        p.string(0x0042, m.getSentRepresentingName());
        p.string(0x0065, m.getSentRepresentingEmailAddress());
        p.string(0x0E04, m.getDisplayTo());
        p.string(0x0E03, m.getDisplayCC());
        p.string(0x0E02, m.getDisplayBCC());
        p.string(0x1035, m.getInternetMessageId());
        p.string(0x007D, m.getTransportMessageHeaders());
        p.time(0x0039, m.getClientSubmitTime());
        p.time(0x0E06, m.getMessageDeliveryTime());
        p.integer(0x3FDE, 65001); // internet code page: UTF-8, for the HTML body
        p.integer(0x340D, 0x00040000); // the store supports Unicode

        int recipients = m.getNumberOfRecipients();
        for (int i = 0; i < recipients; i++) {
            PSTRecipient r = m.getRecipient(i);
            Properties rp = new Properties(dir.createDirectory(String.format(Locale.ROOT, "__recip_version1.0_#%08X", i)));
            rp.string(0x3001, r.getDisplayName());
            rp.string(0x3002, r.getEmailAddressType());
            rp.string(0x3003, r.getEmailAddress());
            rp.string(0x39FE, r.getSmtpAddress());
            rp.integer(0x0C15, r.getRecipientType());
            rp.integer(0x3000, i);
            rp.write(8, 0, 0);
        }
        int attachments = m.getNumberOfAttachments();
        for (int i = 0; i < attachments; i++) {
            PSTAttachment a = m.getAttachment(i);
            DirectoryEntry ad = dir.createDirectory(String.format(Locale.ROOT, "__attach_version1.0_#%08X", i));
            Properties ap = new Properties(ad);
            String name = a.getLongFilename().isEmpty() ? a.getFilename() : a.getLongFilename();
            ap.string(0x3707, name);
            ap.string(0x3704, a.getFilename());
            ap.string(0x3001, a.getDisplayName());
            ap.string(0x3703, name.contains(".") ? name.substring(name.lastIndexOf('.')) : "");
            ap.string(0x370E, a.getMimeTag());
            ap.integer(0x0E21, i);
            PSTMessage attached = a.getAttachMethod() == ATTACH_EMBEDDED_MESSAGE ? a.getEmbeddedPSTMessage() : null;
            if (attached != null) {
                ap.integer(0x3705, ATTACH_EMBEDDED_MESSAGE);
                DirectoryEntry nested = ad.createDirectory(String.format(Locale.ROOT, "__substg1.0_3701%04X", OBJECT));
                write(attached, nested, false);
                ap.object(0x3701);
            } else {
                byte[] data;
                try (InputStream in = a.getFileInputStream()) {
                    data = in == null ? new byte[0] : in.readAllBytes();
                } catch (NullPointerException e) {
                    data = new byte[0]; // an attachment without data (TIKA-2488): java-libpst has no stream for it
                }
                ap.integer(0x3705, 1); // by value
                ap.binary(0x3701, data);
                ap.integer(0x0E20, data.length);
            }
            ap.write(8, 0, 0);
        }
        // The message itself has a 32-byte header, an attached message 24 ([MS-OXMSG] 2.4.1).
        p.write(top ? 32 : 24, recipients, attachments);
    }

    /** The properties of one storage: variable-length values as streams, all of them listed in the property stream. */
    private static final class Properties {
        private final DirectoryEntry dir;
        private final ByteArrayOutputStream entries = new ByteArrayOutputStream();

        Properties(DirectoryEntry dir) {
            this.dir = dir;
        }

        /**
         * A string: the stream without its terminating NUL, the size listed with it, as Outlook writes
         * them (a NUL in the stream is read as part of the string); an empty one is left out.
         */
        void string(int id, String value) throws IOException {
            String v = value == null ? "" : value.replaceAll("\\x00+$", "");
            if (!v.isEmpty()) {
                byte[] bytes = v.getBytes(StandardCharsets.UTF_16LE);
                stream(id, UNICODE, bytes, bytes.length + 2);
            }
        }

        void binary(int id, byte[] value) throws IOException {
            stream(id, BINARY, value, value.length);
        }

        private void stream(int id, int type, byte[] bytes, int size) throws IOException {
            dir.createDocument(String.format(Locale.ROOT, "__substg1.0_%04X%04X", id, type), new java.io.ByteArrayInputStream(bytes));
            entry(id, type, ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putInt(size).putInt(0).array());
        }

        /** A nested storage (an attached message): listed with the size field 0xFFFFFFFF. */
        void object(int id) {
            entry(id, OBJECT, ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putInt(-1).putInt(0).array());
        }

        void integer(int id, int value) {
            entry(id, INT, ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putInt(value).putInt(0).array());
        }

        void time(int id, Date time) {
            if (time != null) {
                // 100-nanosecond intervals since 1601-01-01 UTC
                long filetime = (time.getTime() + 11_644_473_600_000L) * 10_000L;
                entry(id, TIME, ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(filetime).array());
            }
        }

        private void entry(int id, int type, byte[] value) {
            ByteBuffer b = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
            b.putInt(id << 16 | type).putInt(FLAGS).put(value);
            entries.writeBytes(b.array());
        }

        /** @param header 32 for a message, 24 for an attached message, 8 for a recipient or an attachment */
        void write(int header, int recipients, int attachments) throws IOException {
            ByteBuffer h = ByteBuffer.allocate(header).order(ByteOrder.LITTLE_ENDIAN);
            if (header >= 24) {
                h.putLong(0).putInt(recipients).putInt(attachments).putInt(recipients).putInt(attachments);
            }
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            all.writeBytes(h.array());
            all.writeBytes(entries.toByteArray());
            dir.createDocument("__properties_version1.0", new java.io.ByteArrayInputStream(all.toByteArray()));
        }
    }
}
