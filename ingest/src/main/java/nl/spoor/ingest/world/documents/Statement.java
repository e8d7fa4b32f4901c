package nl.spoor.ingest.world.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The movements of one account over a period, from TRANSFER, CASH_DEPOSIT and CASH_WITHDRAWAL rows,
 * with the balances a bank would print. Counterparties are named as their holder is named in the world.
 */
record Statement(WorldRow account, String holderId, String holderName, BigDecimal opening, List<Movement> movements) {

    /**
     * @param key            the relationship key (transaction reference)
     * @param amount         signed: positive is credit (bij), negative debit (af)
     * @param counterAccount the other account's row, or null for cash
     * @param counterHolder  the other account's holder id, or the place id for cash, or null
     * @param counterName    how the counterparty is named (holder name, or the place for cash)
     * @param channel        {@code sepa}, {@code ideal}, {@code incasso}, {@code salaris}, {@code uitkering},
     *                       {@code storting}, {@code geldautomaat}
     */
    record Movement(String key, LocalDate date, BigDecimal amount, WorldRow counterAccount, String counterHolder,
                    String counterName, String description, String channel) {

        boolean credit() {
            return amount.signum() >= 0;
        }
    }

    BigDecimal closing() {
        BigDecimal balance = opening;
        for (Movement m : movements) {
            balance = balance.add(m.amount());
        }
        return balance;
    }

    LocalDate from() {
        return movements.getFirst().date();
    }

    LocalDate until() {
        return movements.getLast().date();
    }

    String iban() {
        return account.get("iban");
    }

    /** All movements of an account, by date then reference. */
    static List<Movement> movements(World world, String accountId) {
        List<Movement> all = new ArrayList<>();
        for (WorldRow t : world.from("TRANSFER", accountId)) {
            all.add(transfer(world, t, t.to(), t.amount("amount").negate()));
        }
        for (WorldRow t : world.to("TRANSFER", accountId)) {
            if (!t.from().equals(accountId)) {
                all.add(transfer(world, t, t.from(), t.amount("amount")));
            }
        }
        for (WorldRow c : world.to("CASH_DEPOSIT", accountId)) {
            all.add(new Movement(c.key(), c.date("date"), c.amount("amount"), null, c.from(),
                    world.require(c.from(), c, "from").get("name"), c.getOr("description", "Storting"), "storting"));
        }
        for (WorldRow c : world.from("CASH_WITHDRAWAL", accountId)) {
            all.add(new Movement(c.key(), c.date("date"), c.amount("amount").negate(), null, c.to(),
                    world.require(c.to(), c, "to").get("name"), c.getOr("description", "Geldopname"), "geldautomaat"));
        }
        all.sort(Comparator.comparing(Movement::date).thenComparing(Movement::key));
        return all;
    }

    private static Movement transfer(World world, WorldRow t, String otherAccountId, BigDecimal signed) {
        WorldRow other = world.require(otherAccountId, t, otherAccountId.equals(t.to()) ? "to" : "from");
        String holder = world.holderOf(otherAccountId).orElse(null);
        String name = holder == null ? null : world.name(holder);
        return new Movement(t.key(), t.date("date"), signed, other, holder, name, t.getOr("description", ""),
                t.getOr("channel", "sepa"));
    }

    /**
     * A period of at most three months and {@code maxRows} movements, starting at a random movement.
     */
    static Statement of(World world, WorldRow account, SplittableRandom random, int maxRows) {
        List<Movement> all = movements(world, account.id());
        int start = all.size() <= maxRows ? 0 : random.nextInt(all.size() - maxRows / 2);
        LocalDate first = all.get(start).date().withDayOfMonth(1);
        LocalDate end = first.plusMonths(3);
        List<Movement> period = new ArrayList<>();
        BigDecimal before = BigDecimal.ZERO;
        for (int i = 0; i < all.size(); i++) {
            Movement m = all.get(i);
            if (m.date().isBefore(first)) {
                before = before.add(m.amount());
            } else if (m.date().isBefore(end) && period.size() < maxRows) {
                period.add(m);
            }
        }
        // A believable opening balance: a buffer that keeps the account mostly positive.
        BigDecimal opening = BigDecimal.valueOf(250 + random.nextInt(4_000)).add(before.max(BigDecimal.ZERO))
                .setScale(2);
        String holder = world.holderOf(account.id()).orElse(null);
        return new Statement(account, holder, holder == null ? null : world.name(holder), opening, period);
    }
}
