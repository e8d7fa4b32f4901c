package nl.spoor.ingest.world.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TimeZone;

import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.field.address.DefaultAddressParser;
import org.apache.james.mime4j.message.BodyPartBuilder;
import org.apache.james.mime4j.message.DefaultMessageWriter;
import org.apache.james.mime4j.message.MultipartBuilder;
import org.apache.james.mime4j.stream.NameValuePair;

/**
 * E-mails (RFC 822, {@code .eml}) sent by a person or company of the world, with an attachment where
 * there is something to attach: a bank statement of the sender's account, or the company's KvK extract.
 * Written with Apache James mime4j, the library Tika parses mail with; Message-ID, Date and MIME
 * boundary are derived from the document, never from the clock or a random source.
 */
final class EmailMessages implements DocumentKind {

    private static final String[] RECIPIENTS = {"administratie@boekhoudkantoor-zaanstreek.example.nl",
            "info@makelaardij-kennemerland.example.nl", "hypotheken@adviespunt.example.nl",
            "verhuur@woonzorg-noord.example.nl"};

    private final World world;
    private final BankStatements statements;
    private final KvkUittreksel kvk;

    EmailMessages(World world, BankStatements statements, KvkUittreksel kvk) {
        this.world = world;
        this.statements = statements;
        this.kvk = kvk;
    }

    @Override
    public String name() {
        return "e-mail";
    }

    @Override
    public List<Candidate> candidates() {
        List<Candidate> list = new ArrayList<>();
        for (WorldRow uses : world.relationships("USES_EMAIL")) {
            list.add(new Candidate(uses, List.of(uses.from(), uses.to())));
        }
        return list;
    }

    @Override
    public Draft render(Candidate c, SplittableRandom random) {
        WorldRow uses = c.row();
        WorldRow sender = world.require(uses.from(), uses, "from");
        WorldRow email = world.require(uses.to(), uses, "to");
        Draft.Mentions m = new Draft.Mentions(world);
        String address = email.get("address");
        String name = sender.get("name");
        String recipient = RECIPIENTS[random.nextInt(RECIPIENTS.length)];
        LocalDate date = LocalDate.of(2024, 2, 1).plusDays(random.nextInt(320));

        Draft attachment = null;
        String attachmentName = null;
        String subject;
        StringBuilder body = new StringBuilder("Geachte heer, mevrouw,\n\n");
        List<Candidate> accounts = statements.candidates().stream()
                .filter(a -> world.holderOf(a.row().id()).map(sender.id()::equals).orElse(false)).toList();
        if (!accounts.isEmpty()) {
            Candidate account = accounts.get(random.nextInt(accounts.size()));
            attachment = statements.render(account, random);
            attachmentName = "afschrift_" + account.row().get("iban") + "." + attachment.extension();
            subject = "Rekeningafschriften " + date.getYear();
            body.append("Zoals gevraagd stuur ik u hierbij de afschriften van rekening ")
                    .append(m.add(account.row().id(), Dutch.iban(account.row().get("iban"))))
                    .append(". Laat u het weten als u nog iets nodig heeft?\n\n");
        } else if ("Company".equals(world.label(sender.id()))) {
            Candidate company = kvk.candidates().stream().filter(k -> k.row().id().equals(sender.id())).findFirst()
                    .orElseThrow();
            attachment = kvk.render(company, random);
            attachmentName = "uittreksel_kvk_" + sender.get("kvkNummer") + ".pdf";
            subject = "Uittreksel KvK " + name;
            body.append("In de bijlage vindt u een recent uittreksel uit het Handelsregister van ")
                    .append(m.add(sender.id(), name)).append(" (KvK-nummer ")
                    .append(m.add(sender.id(), sender.get("kvkNummer"))).append(").\n\n");
        } else {
            subject = "Afspraak bezichtiging";
            body.append("Graag wil ik een afspraak maken om de woning te bezichtigen. Ik ben overdag bereikbaar.\n\n");
        }
        body.append("Met vriendelijke groet,\n\n").append(m.add(sender.id(), name)).append('\n');
        for (WorldRow phone : world.from("USES_PHONE", sender.id())) {
            body.append("Tel. ").append(m.add(phone.to(), world.require(phone.to(), phone, "to").get("display")))
                    .append('\n');
            break;
        }
        body.append(m.add(email.id(), address)).append('\n');

        String messageId = HexFormat.of().formatHex(java.util.Arrays.copyOf(
                sha256(uses.file() + ":" + uses.line() + ":" + date + ":" + random.nextLong()), 12));
        try {
            Mailbox from = DefaultAddressParser.DEFAULT.parseMailbox(address);
            Message.Builder message = Message.Builder.of()
                    .setFrom(new Mailbox(name, from.getLocalPart(), from.getDomain()))
                    .setTo(DefaultAddressParser.DEFAULT.parseMailbox(recipient))
                    .setSubject(subject)
                    .setDate(Date.from(date.atTime(8 + random.nextInt(12), random.nextInt(60))
                            .atZone(ZoneId.of("Europe/Amsterdam")).toInstant()), TimeZone.getTimeZone("Europe/Amsterdam"))
                    .setMessageId("<" + messageId + "@mail.example.nl>");
            BodyPartBuilder text = BodyPartBuilder.create().setBody(body.toString(), "plain", StandardCharsets.UTF_8)
                    .setContentTransferEncoding("quoted-printable");
            if (attachment == null) {
                message.setBody(body.toString(), "plain", StandardCharsets.UTF_8)
                        .setContentTransferEncoding("quoted-printable");
            } else {
                MultipartBuilder multipart = MultipartBuilder.create("mixed")
                        .addContentTypeParameter(new NameValuePair("boundary", "----=_Part_" + messageId))
                        .addBodyPart(text)
                        .addBodyPart(BodyPartBuilder.create().setBody(attachment.bytes(), attachment.format())
                                .setContentTransferEncoding("base64")
                                .setContentDisposition("attachment", attachmentName));
                message.setBody(multipart.build())
                        .setContentType("multipart/mixed", new NameValuePair("boundary", "----=_Part_" + messageId));
                m.addAll(attachment.mentions());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new DefaultMessageWriter().writeMessage(message.build(), out);
            return new Draft("mail", "eml", "e-mail", attachment == null ? "zonder-bijlage" : "met-bijlage",
                    "message/rfc822", out.toByteArray(), m.list(), c.about(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (org.apache.james.mime4j.field.address.ParseException e) {
            throw new WorldFormatException(email.file(), email.line(), "address",
                    "'" + address + "' is not an e-mail address: " + e.getMessage());
        }
    }

    private static byte[] sha256(String s) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
