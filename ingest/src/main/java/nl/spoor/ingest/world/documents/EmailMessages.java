package nl.spoor.ingest.world.documents;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;

/**
 * E-mails sent by a person or company of the world, with an attachment where there is something to
 * attach: a bank statement of the sender's account, or the company's KvK extract. Stored as RFC 822
 * ({@code .eml}), Outlook ({@code .msg}) or a mailbox export of several mails ({@code .mbox}); see
 * {@link Mail}. Message-ID, Date and MIME boundary are derived from the document, never from the clock.
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

    /** The mail the candidate's sender writes, with an attachment where there is something to attach. */
    private Written write(Candidate c, SplittableRandom random, String to) {
        WorldRow uses = c.row();
        WorldRow sender = world.require(uses.from(), uses, "from");
        WorldRow email = world.require(uses.to(), uses, "to");
        Draft.Mentions m = new Draft.Mentions(world);
        String address = email.get("address");
        String name = sender.get("name");
        String drawn = RECIPIENTS[random.nextInt(RECIPIENTS.length)];
        String recipient = to == null ? drawn : to;
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
        if (attachment != null) {
            m.addAll(attachment.mentions());
        }
        Mail mail = new Mail(name, address, recipient, subject, date.atTime(8 + random.nextInt(12), random.nextInt(60)),
                body.toString(), messageId,
                attachment == null ? null : new Mail.Attachment(attachmentName, attachment.format(), attachment.bytes()));
        return new Written(mail, m.list());
    }

    /** A mail and the entities written in it, its attachment's included. */
    record Written(Mail mail, List<Mention> mentions) {
    }

    @Override
    public Draft render(Candidate c, SplittableRandom random) {
        Written written = write(c, random, null);
        Mail mail = written.mail();
        String variant = mail.attachment() == null ? "zonder-bijlage" : "met-bijlage";
        // Most mail arrives as .eml; an Outlook user's as .msg; a mailbox export (.mbox) holds this mail and a few others.
        int format = random.nextInt(20);
        try {
            if (format >= 5 && format < 15) {
                return new Draft("mail", "eml", "e-mail", variant, "message/rfc822", mail.eml(), written.mentions(), c.about(), null);
            } else if (format < 5) {
                // Outlook items show their recipients with the text (Tika writes the header block), a mail file does not.
                Draft.Mentions m = new Draft.Mentions(world);
                m.addAll(written.mentions());
                m.outsideWorld("Email", mail.to());
                return new Draft("mail", "msg", "e-mail", variant, "application/vnd.ms-outlook", MsgWriter.write(mail),
                        m.list(), c.about(), null);
            }
            return mailbox(c, written, random);
        } catch (org.apache.james.mime4j.field.address.ParseException e) {
            WorldRow email = world.require(c.row().to(), c.row(), "to");
            throw new WorldFormatException(email.file(), email.line(), "address",
                    "'" + email.get("address") + "' is not an e-mail address: " + e.getMessage());
        }
    }

    /** The mailbox of the office the mail went to: this mail and two or three others to it, oldest first. */
    private Draft mailbox(Candidate c, Written first, SplittableRandom random) throws org.apache.james.mime4j.field.address.ParseException {
        List<Candidate> all = candidates();
        List<Written> mails = new ArrayList<>(List.of(first));
        Draft.Mentions m = new Draft.Mentions(world);
        m.addAll(first.mentions());
        int others = 2 + random.nextInt(2);
        for (int i = 0; i < others && all.size() > 1; i++) {
            Candidate other = all.get(random.nextInt(all.size()));
            Written w = write(other, random, first.mail().to());
            mails.add(w);
            m.addAll(w.mentions());
        }
        List<Mail> sorted = mails.stream().map(Written::mail).sorted(java.util.Comparator.comparing(Mail::sent)).toList();
        boolean attachments = sorted.stream().anyMatch(mail -> mail.attachment() != null);
        return new Draft("mail", "mbox", "e-mail", "mailbox" + (attachments ? "-met-bijlage" : ""), "application/mbox",
                Mail.mbox(sorted), m.list(), c.about(), null);
    }

    private static byte[] sha256(String s) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
