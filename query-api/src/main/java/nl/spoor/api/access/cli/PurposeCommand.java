package nl.spoor.api.access.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import nl.spoor.api.access.Purpose;
import nl.spoor.api.access.store.Purposes;
import nl.spoor.api.access.store.RegisteredPurpose;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code spoor purpose add|list|add-member|remove-member|close}: cases, signals and HHKPs. */
@Command(name = "purpose", mixinStandardHelpOptions = true,
        description = "Purposes (cases, signals, HHKPs) that requests name in the X-Spoor-Purpose header, with their legal basis and members.",
        subcommands = {PurposeCommand.Add.class, PurposeCommand.ListPurposes.class, PurposeCommand.AddMember.class,
                PurposeCommand.RemoveMember.class, PurposeCommand.Close.class})
public final class PurposeCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        new picocli.CommandLine(this).usage(System.out);
        return 0;
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = {"Registers a purpose, e.g.",
            "  ./spoor purpose add RIEC-NH-2025-017 --kind case --title \"Glazenwassers Zaandam\" --basis \"WGS art. 2.3\" \\",
            "      --partner politie-nh --partner belastingdienst --member jansen"})
    static final class Add implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Option(names = "--kind", required = true, description = "case, signal or hhkp")
        String kind;

        @Option(names = "--title", required = true)
        String title;

        @Option(names = "--basis", required = true, description = "Legal basis, e.g. \"WGS art. 2.3\".")
        String basis;

        @Option(names = "--partner", description = "An organisation whose sources this purpose may use; repeat for more.")
        List<String> partners = new ArrayList<>();

        @Option(names = "--member", description = "A user who may act for this purpose; repeat for more.")
        List<String> members = new ArrayList<>();

        @Override
        public Integer call() {
            Purpose purpose = new Purpose(id, kind(kind), title, basis.strip(), Set.copyOf(partners));
            RegisteredPurpose p = AccessStoreAccess.with(graph -> new Purposes(graph).add(purpose, members));
            System.out.println("Added purpose " + p.purpose().id() + ": " + line(p));
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the purposes.")
    static final class ListPurposes implements Callable<Integer> {
        @Override
        public Integer call() {
            AccessStoreAccess.with(graph -> new Purposes(graph).all()).forEach(p -> System.out.println(p.purpose().id() + "  " + line(p)));
            return 0;
        }
    }

    @Command(name = "add-member", mixinStandardHelpOptions = true, description = "Adds users to a purpose.")
    static final class AddMember implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Parameters(index = "1..*", paramLabel = "NAME", arity = "1..*")
        List<String> names;

        @Override
        public Integer call() {
            RegisteredPurpose p = AccessStoreAccess.with(graph -> {
                Purposes purposes = new Purposes(graph);
                names.forEach(n -> purposes.addMember(id, n));
                return purposes.find(id).orElseThrow();
            });
            System.out.println(p.purpose().id() + "  " + line(p));
            return 0;
        }
    }

    @Command(name = "remove-member", mixinStandardHelpOptions = true, description = "Removes a user from a purpose.")
    static final class RemoveMember implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Parameters(index = "1", paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            RegisteredPurpose p = AccessStoreAccess.with(graph -> new Purposes(graph).removeMember(id, name));
            System.out.println(p.purpose().id() + "  " + line(p));
            return 0;
        }
    }

    @Command(name = "close", mixinStandardHelpOptions = true, description = "Closes a purpose: no request may name it any more.")
    static final class Close implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Override
        public Integer call() {
            RegisteredPurpose p = AccessStoreAccess.with(graph -> new Purposes(graph).close(id));
            System.out.println(p.purpose().id() + "  " + line(p));
            return 0;
        }
    }

    static Purpose.Kind kind(String kind) {
        try {
            return Purpose.Kind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--kind '" + kind + "' is not one of case, signal, hhkp");
        }
    }

    static String line(RegisteredPurpose p) {
        return p.purpose().kind().name().toLowerCase(Locale.ROOT) + " \"" + p.purpose().title() + "\", basis " + p.purpose().legalBasis()
                + ", partners " + String.join(",", p.purpose().partners().stream().sorted().toList())
                + ", members " + String.join(",", p.members().stream().sorted().toList()) + (p.active() ? "" : ", CLOSED");
    }
}
