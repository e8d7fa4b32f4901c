package nl.spoor.ingest.world.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.TimeZone;

import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.field.address.DefaultAddressParser;
import org.apache.james.mime4j.message.BodyPartBuilder;
import org.apache.james.mime4j.message.DefaultMessageWriter;
import org.apache.james.mime4j.message.MultipartBuilder;
import org.apache.james.mime4j.stream.NameValuePair;

/**
 * One e-mail, independent of how it is stored: as RFC 822 ({@link #eml()}), in a Unix mailbox
 * ({@link #mbox}) or as an Outlook item ({@link MsgWriter}).
 *
 * @param attachment null for a mail without one
 */
record Mail(String fromName, String fromAddress, String to, String subject, LocalDateTime sent, String body,
            String messageId, Attachment attachment) {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    record Attachment(String name, String mediaType, byte[] bytes) {
    }

    /** RFC 822 with MIME, written with Apache James mime4j, the library Tika parses mail with. */
    byte[] eml() throws org.apache.james.mime4j.field.address.ParseException {
        try {
            return write();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] write() throws IOException, org.apache.james.mime4j.field.address.ParseException {
        Mailbox from = DefaultAddressParser.DEFAULT.parseMailbox(fromAddress);
        Message.Builder message = Message.Builder.of()
                .setFrom(new Mailbox(fromName, from.getLocalPart(), from.getDomain()))
                .setTo(DefaultAddressParser.DEFAULT.parseMailbox(to))
                .setSubject(subject)
                .setDate(Date.from(sent.atZone(AMSTERDAM).toInstant()), TimeZone.getTimeZone(AMSTERDAM))
                .setMessageId("<" + messageId + "@mail.example.nl>");
        if (attachment == null) {
            message.setBody(body, "plain", StandardCharsets.UTF_8).setContentTransferEncoding("quoted-printable");
        } else {
            BodyPartBuilder text = BodyPartBuilder.create().setBody(body, "plain", StandardCharsets.UTF_8)
                    .setContentTransferEncoding("quoted-printable");
            MultipartBuilder multipart = MultipartBuilder.create("mixed")
                    .addContentTypeParameter(new NameValuePair("boundary", "----=_Part_" + messageId))
                    .addBodyPart(text)
                    .addBodyPart(BodyPartBuilder.create().setBody(attachment.bytes(), attachment.mediaType())
                            .setContentTransferEncoding("base64")
                            .setContentDisposition("attachment", attachment.name()));
            message.setBody(multipart.build())
                    .setContentType("multipart/mixed", new NameValuePair("boundary", "----=_Part_" + messageId));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DefaultMessageWriter().writeMessage(message.build(), out);
        return out.toByteArray();
    }

    /**
     * A Unix mailbox (mboxrd): each message after a {@code From } separator line with its sender and date,
     * line ends LF, and body lines starting with "From " (after any '>') quoted with one more '>'.
     */
    static byte[] mbox(java.util.List<Mail> mails) throws org.apache.james.mime4j.field.address.ParseException {
        StringBuilder box = new StringBuilder();
        java.time.format.DateTimeFormatter asctime = java.time.format.DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy",
                java.util.Locale.ROOT);
        for (Mail mail : mails) {
            box.append("From ").append(mail.fromAddress()).append(' ').append(asctime.format(mail.sent())).append('\n');
            String eml = new String(mail.eml(), StandardCharsets.US_ASCII).replace("\r\n", "\n");
            for (String line : eml.split("\n", -1)) {
                box.append(line.matches(">*From .*") ? ">" + line : line).append('\n');
            }
        }
        return box.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
