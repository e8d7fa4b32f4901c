package nl.spoor.ingest.world.load;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;

import nl.spoor.model.identifiers.Bsn;

/**
 * Writes a large, format-valid world for measuring the loader: persons (half with a BSN), one account
 * each, and random transfers between the accounts. Streams, so it writes millions of rows in little memory.
 */
final class BigWorld {

    private BigWorld() {
    }

    static void write(Path dir, int accounts, int transfers) throws IOException {
        Path world = Files.createDirectories(dir.resolve("world"));
        Files.createDirectories(world.resolve("nodes"));
        Files.createDirectories(world.resolve("relationships"));
        Files.writeString(dir.resolve("manifest.json"), "{\"generator\": \"spoor-world-bench 1\"}\n");
        Files.writeString(world.resolve("sources.csv"), """
                sourceId,kind,title,partner,legalBasis,caseId,receivedAt,retainUntil
                synthetic:brp,SYNTHETIC,BRP,gemeente,WGS art. 2.3,bench,2025-03-01T09:00:00Z,2030-03-01
                synthetic:bank:INGB,SYNTHETIC,ING afschriften,ing,WGS art. 2.3,bench,2025-03-01T09:00:00Z,2030-03-01
                """);
        String[] personIds = new String[accounts];
        String[] ibans = new String[accounts];
        int bsn = 100_000_000;
        try (BufferedWriter persons = Files.newBufferedWriter(world.resolve("nodes/Person.csv"), StandardCharsets.UTF_8);
             BufferedWriter accountsOut = Files.newBufferedWriter(world.resolve("nodes/BankAccount.csv"), StandardCharsets.UTF_8);
             BufferedWriter holds = Files.newBufferedWriter(world.resolve("relationships/HOLDS_ACCOUNT.csv"), StandardCharsets.UTF_8)) {
            persons.write("id,source,bsn,name,birthDate\n");
            accountsOut.write("id,source,iban,bankCode,bic,currency,openedDate\n");
            holds.write("from,to,key,source,from\n");
            for (int i = 0; i < accounts; i++) {
                if (i % 2 == 0) {
                    do {
                        bsn++;
                    } while (!Bsn.isValid(Integer.toString(bsn)));
                    personIds[i] = "bsn:" + bsn;
                    persons.write(personIds[i] + ",synthetic:brp," + bsn + ",Persoon " + i + "," + LocalDate.of(1950 + i % 60, 1 + i % 12, 1 + i % 28) + "\n");
                } else {
                    personIds[i] = String.format(Locale.ROOT, "person:%07d", i);
                    persons.write(personIds[i] + ",synthetic:brp,,Persoon " + i + "," + LocalDate.of(1950 + i % 60, 1 + i % 12, 1 + i % 28) + "\n");
                }
                ibans[i] = iban("INGB", String.format(Locale.ROOT, "%010d", 1_000_000L + i));
                accountsOut.write("iban:" + ibans[i] + ",synthetic:bank:INGB," + ibans[i] + ",INGB,INGBNL2A,EUR,2020-01-01\n");
                holds.write(personIds[i] + ",iban:" + ibans[i] + ",-,synthetic:bank:INGB,2020-01-01\n");
            }
        }
        SplittableRandom random = new SplittableRandom(42);
        LocalDate start = LocalDate.of(2023, 1, 1);
        try (BufferedWriter out = Files.newBufferedWriter(world.resolve("relationships/TRANSFER.csv"), StandardCharsets.UTF_8)) {
            out.write("from,to,key,source,amount,currency,date,description,channel\n");
            StringBuilder row = new StringBuilder(160);
            for (int t = 0; t < transfers; t++) {
                int a = random.nextInt(accounts);
                int b = random.nextInt(accounts - 1);
                if (b >= a) {
                    b++;
                }
                row.setLength(0);
                row.append("iban:").append(ibans[a]).append(",iban:").append(ibans[b]).append(",INGB-").append(t).append(",synthetic:bank:INGB,")
                        .append(random.nextInt(1, 500_000) / 100).append('.').append(String.format(Locale.ROOT, "%02d", random.nextInt(100)))
                        .append(",EUR,").append(start.plusDays(random.nextInt(730))).append(",Betaling ").append(t % 1000).append(",sepa\n");
                out.write(row.toString());
            }
        }
    }

    private static String iban(String bank, String account) {
        String rearranged = bank + account + "NL00";
        StringBuilder digits = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.getNumericValue(c));
        }
        int check = 98 - new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
        return String.format(Locale.ROOT, "NL%02d%s%s", check, bank, account);
    }
}
