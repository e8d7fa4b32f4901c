package nl.spoor.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** A mail part's declared charset is the one its text is read in, also for short bodies Tika's detector would misjudge. */
class MailCharsetTest {

    private static byte[] mail(String contentType, String transferEncoding, byte[] body) {
        String head = "From: Ahmet Koç <a.koc@example.nl>\r\nTo: fiod@example.nl\r\nSubject: Betaling\r\n"
                + "Date: Mon, 4 Nov 2024 10:00:00 +0100\r\nMIME-Version: 1.0\r\nContent-Type: " + contentType + "\r\n"
                + (transferEncoding == null ? "" : "Content-Transfer-Encoding: " + transferEncoding + "\r\n") + "\r\n";
        byte[] h = head.getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[h.length + body.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(body, 0, all, h.length, body.length);
        return all;
    }

    private static String text(byte[] eml) throws BadInputException {
        return String.join("\f", new DocumentParser(false, IngestLimits.defaults()).parse(eml, "mail.eml", new ExpansionBudget(eml.length, 100)).pages());
    }

    @Test
    void shortUtf8BodyIsReadAsDeclared() throws Exception {
        String t = text(mail("text/plain; charset=UTF-8", "8bit", "Groet, Koç\r\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(t).contains("Groet, Koç").doesNotContain("Koร");
    }

    @Test
    void quotedPrintableUtf8BodyIsReadAsDeclared() throws Exception {
        String t = text(mail("text/plain; charset=\"utf-8\"", "quoted-printable", "Groet, Ko=C3=A7 en =C5=9Eahin\r\n".getBytes(StandardCharsets.US_ASCII)));
        assertThat(t).contains("Groet, Koç en Şahin");
    }

    @Test
    void latin1BodyIsReadAsDeclared() throws Exception {
        String t = text(mail("text/plain; charset=ISO-8859-1", "8bit", "Groet, Koç en Müller, café\r\n".getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(t).contains("Groet, Koç en Müller, café");
    }

    @Test
    void attachedTextKeepsItsDeclaredCharset() throws Exception {
        String body = "--b1\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nZie bijlage.\r\n--b1\r\n"
                + "Content-Type: text/plain; charset=windows-1252\r\nContent-Disposition: attachment; filename=\"notitie.txt\"\r\n\r\n";
        byte[] attachment = "Notitie: Koç betaalde € 500\r\n".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        byte[] end = "\r\n--b1--\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[body.length() + attachment.length + end.length];
        System.arraycopy(body.getBytes(StandardCharsets.US_ASCII), 0, all, 0, body.length());
        System.arraycopy(attachment, 0, all, body.length(), attachment.length);
        System.arraycopy(end, 0, all, body.length() + attachment.length, end.length);
        byte[] eml = mail("multipart/mixed; boundary=b1", null, all);
        ParsedDocument doc = new DocumentParser(false, IngestLimits.defaults()).parse(eml, "mail.eml", new ExpansionBudget(eml.length, 100));
        assertThat(doc.embedded()).singleElement().satisfies(f -> assertThat(f.name()).isEqualTo("notitie.txt"));
        byte[] content = doc.embedded().getFirst().content();
        // The attachment is its own document; its text read alone comes out right as well.
        String text = String.join("", new DocumentParser(false, IngestLimits.defaults()).parse(content, "notitie.txt",
                new ExpansionBudget(content.length, 100)).pages());
        assertThat(text).contains("Koç betaalde");
    }
}
