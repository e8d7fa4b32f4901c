package nl.spoor.api.cli;

import java.time.LocalDate;

import nl.spoor.api.store.RunFile;
import nl.spoor.model.store.StoreSettings;
import picocli.CommandLine.Option;

/**
 * What every command that brings data in must be told (purpose binding, DESIGN §6): the case, the
 * supplying partner, the legal basis and the retention. A picocli mixin, so that ingest and every
 * importer ask for them in the same words.
 */
final class DeliveryOptions {

    @Option(names = "--case", required = true, description = "The case (casus, signaal, HHKP) the files were received for.")
    String caseId;

    @Option(names = "--partner", required = true, description = "The organisation that supplied them, e.g. politie-nh.")
    String partner;

    @Option(names = "--basis", required = true, description = "The legal basis they were received under, e.g. 'WGS art. 2.3'.")
    String basis;

    @Option(names = "--retain-until", required = true, description = "Last day they may be kept (yyyy-mm-dd).")
    LocalDate retainUntil;

    /** A command writing to the embedded store cannot share it with a running server. */
    static void requireNoServer(StoreSettings settings) {
        if (settings.isEmbedded() && RunFile.liveServerBolt(settings.home()).isPresent()) {
            throw new IllegalArgumentException("A Spoor server is running on the embedded store in " + settings.embeddedDirectory()
                    + "; stop it first, or point SPOOR_NEO4J_URI at a server.");
        }
    }
}
