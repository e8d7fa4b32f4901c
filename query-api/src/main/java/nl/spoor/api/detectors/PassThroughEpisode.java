package nl.spoor.api.detectors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import nl.spoor.api.entity.EntityViews.EntityRef;
import nl.spoor.api.evidence.EvidenceViews.Indicator;

/** Pass-through episodes as {@code PassThroughDetector.episodes.cypher} finds them, and how they chain. */
final class PassThroughEpisode {

    private PassThroughEpisode() {
    }

    /** One incoming payment from others, with its relationship element id (for evidence). */
    record In(String id, LocalDate date, double amount, String from) {
    }

    /**
     * An account that, in the window ending on {@code day}, got {@code inflow} from others and sent
     * {@code forwarded} of it to {@code destination} (an account's Spoor id, or {@code cash}).
     */
    record Episode(String account, LocalDate day, String destination, double forwarded, List<String> forwardIds, double inflow,
                   double ownInflow, List<In> ins, boolean newRecipient, String relation, List<EntityRef> holders, Double income,
                   String recipientHolder) {

        double fraction() {
            return forwarded / inflow;
        }

        LocalDate lastIn() {
            return ins.stream().map(In::date).max(Comparator.naturalOrder()).orElse(day);
        }

        int delayDays() {
            return (int) PassThroughDetector.days(lastIn(), day);
        }

        int payments() {
            return ins.size();
        }

        List<String> inIds() {
            return ins.stream().map(In::id).toList();
        }

        boolean destinationIsAccount() {
            return !"cash".equals(destination);
        }
    }

    static Episode of(Record r) {
        Value income = r.get("income");
        Value relation = r.get("relation");
        Value recipient = r.get("recipientHolder");
        return new Episode(r.get("account").asString(), r.get("day").asLocalDate(), r.get("destination").asString(),
                r.get("forwarded").asDouble(), r.get("forwardIds").asList(Value::asString), r.get("inflow").asDouble(),
                r.get("ownInflow").asDouble(),
                r.get("ins").asList(v -> new In(v.get("id").asString(), v.get("date").asLocalDate(), v.get("amount").asDouble(),
                        v.get("from").asString())),
                r.get("newRecipient").asBoolean(), relation.isNull() ? null : relation.asString(),
                r.get("holders").asList(v -> new EntityRef(v.get("spoorId").asString(), v.get("kind").asString(), v.get("caption").asString())),
                income.isNull() ? null : income.asDouble(), recipient.isNull() ? null : recipient.asString());
    }

    /**
     * One episode per forwarding: the same money sent out is seen from every day of its window, so per
     * account the largest episode is kept and any other sharing a transfer out with it is left out.
     */
    static List<Episode> distinct(List<Episode> episodes) {
        Map<String, List<Episode>> byAccount = new LinkedHashMap<>();
        episodes.forEach(e -> byAccount.computeIfAbsent(e.account(), k -> new ArrayList<>()).add(e));
        List<Episode> out = new ArrayList<>();
        byAccount.values().forEach(list -> {
            list.sort(Comparator.comparingDouble(Episode::forwarded).reversed().thenComparing(Comparator.comparingDouble(Episode::fraction).reversed())
                    .thenComparing(Episode::day).thenComparing(Episode::destination));
            Set<String> used = new HashSet<>();
            for (Episode e : list) {
                if (e.forwardIds().stream().noneMatch(used::contains)) {
                    used.addAll(e.forwardIds());
                    out.add(e);
                }
            }
        });
        return out;
    }

    /**
     * The episode that passed each episode's money on: of the destination account, within {@code windowDays}
     * after, with this account among those who paid in; the largest when there are several.
     */
    static Map<Episode, Episode> successors(List<Episode> episodes, int windowDays) {
        Map<String, List<Episode>> byAccount = new HashMap<>();
        episodes.forEach(e -> byAccount.computeIfAbsent(e.account(), k -> new ArrayList<>()).add(e));
        Map<Episode, Episode> out = new HashMap<>();
        for (Episode e : episodes) {
            byAccount.getOrDefault(e.destination(), List.of()).stream()
                    .filter(n -> !n.day().isBefore(e.day()) && !n.day().isAfter(e.day().plusDays(windowDays)))
                    .filter(n -> n.ins().stream().anyMatch(in -> in.from().equals(e.account())))
                    .max(Comparator.comparingDouble(Episode::forwarded))
                    .ifPresent(n -> out.put(e, n));
        }
        return out;
    }

    static EntityRef account(String spoorId) {
        return new EntityRef(spoorId, "BankAccount", caption(spoorId));
    }

    static String caption(String spoorId) {
        return spoorId.startsWith("iban:") ? spoorId.substring(5) : spoorId;
    }

    private static String named(String account, List<EntityRef> holders) {
        return caption(account) + (holders.isEmpty() ? "" : " (" + String.join(", ", holders.stream().map(EntityRef::caption).toList()) + ")");
    }

    /** One paragraph: what came in, what went out, where, how soon, and which indicators fired. */
    static String explain(List<Episode> chain, List<Indicator> indicators) {
        StringBuilder s = new StringBuilder();
        Episode head = chain.getFirst();
        s.append(named(head.account(), head.holders())).append(" received ").append(MoneyDetectors.euros(head.inflow())).append(" from ")
                .append(head.payments()).append(head.payments() == 1 ? " payment" : " payments").append(" by others (last on ")
                .append(head.lastIn()).append(")");
        for (int i = 0; i < chain.size(); i++) {
            Episode e = chain.get(i);
            String to = "cash".equals(e.destination()) ? "out in cash" : "to " + caption(e.destination())
                    + (e.recipientHolder() == null ? "" : " (" + e.recipientHolder() + ")");
            s.append(i == 0 ? " and forwarded " : "; that account forwarded ").append(MoneyDetectors.euros(e.forwarded())).append(" (")
                    .append(MoneyDetectors.percent(e.fraction())).append(") ").append(e.delayDays()).append(e.delayDays() == 1 ? " day" : " days")
                    .append(" later ").append(to)
                    .append(e.destinationIsAccount() ? (e.newRecipient() ? ", a recipient it had not paid before" : ", a recipient it had paid before") : "")
                    .append(e.relation() == null ? "" : " (" + e.relation() + ")");
        }
        s.append(". ").append(chain.size()).append(chain.size() == 1 ? " pass-through account." : " pass-through accounts in a row.");
        List<String> fired = indicators.stream().filter(Indicator::fired).map(Indicator::name).toList();
        s.append(" Indicators fired: ").append(fired.isEmpty() ? "none" : String.join(", ", fired)).append('.');
        return s.toString();
    }
}
