package nl.spoor.api.cli;

import java.util.List;
import java.util.concurrent.Callable;

import nl.spoor.api.disclosure.Disclosure;
import nl.spoor.api.disclosure.DisclosureRegister;
import nl.spoor.api.graphql.Arguments;
import nl.spoor.model.store.SpoorStore;
import nl.spoor.model.store.StoreSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code spoor disclosures}: the disclosure register, newest first. */
@Command(name = "disclosures", mixinStandardHelpOptions = true,
        description = "Lists the disclosure register (every export: who, when, to whom, purpose, legal basis, format, scope, contents, SHA-256).")
class DisclosuresCommand implements Callable<Integer> {

    @Option(names = "--recipient", description = "Only to this partner organisation.")
    String recipient;

    @Option(names = "--purpose", description = "Only for this purpose (case, signal or HHKP).")
    String purpose;

    @Option(names = "--subject", description = "Only those containing this entity (Spoor id).")
    String subject;

    @Option(names = "--since", description = "From this day (yyyy-mm-dd).")
    String since;

    @Option(names = "--until", description = "Until this day, inclusive (yyyy-mm-dd).")
    String until;

    @Override
    public Integer call() {
        StoreSettings settings = StoreSettings.fromEnvironment(System.getenv());
        DeliveryOptions.requireNoServer(settings);
        try (SpoorStore store = SpoorStore.open(settings)) {
            List<Disclosure> found = new DisclosureRegister(store).find(recipient, purpose, subject,
                    Arguments.date("--since", since, null), Arguments.date("--until", until, null));
            for (Disclosure d : found) {
                System.out.printf("%s  %s  by %s (%s) to %s  purpose %s  basis %s  %s of %s: %,d entities, %,d relationships, %d sources"
                                + "  %s (%,d bytes, SHA-256 %s)%n", d.at(), d.disclosureId(), d.by(), d.organisation(), d.recipient(), d.purpose(),
                        d.legalBasis(), d.format(), d.scope(), d.entities(), d.relationships(), d.sourceIds().size(), d.fileName(), d.bytes(), d.sha256());
            }
            System.out.printf("%d disclosures%n", found.size());
            return 0;
        }
    }
}
