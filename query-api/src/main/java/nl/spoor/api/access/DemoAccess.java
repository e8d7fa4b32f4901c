package nl.spoor.api.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import nl.spoor.api.access.store.Accounts;
import nl.spoor.api.access.store.Purposes;
import nl.spoor.model.store.StoreSettings;

/**
 * The demo's users and purpose, created when missing ({@code ./spoor demo}): one user per role
 * ({@code demo-fit}, {@code demo-tif}, …, all with one password) and the purpose {@value #PURPOSE}
 * covering every partner whose sources the store holds, with all demo users as members. The password is
 * {@code SPOOR_DEMO_PASSWORD}, else one generated once into {@code $SPOOR_HOME/secrets/demo-password}
 * (owner-only).
 */
@Component
public class DemoAccess {

    public static final String PURPOSE = "DEMO-RIEC-NH";
    static final Map<Role, String> ORGANISATIONS = new EnumMap<>(Map.of(Role.FIT, "belastingdienst", Role.TIF, "fiod",
            Role.RECHERCHEUR, "politie-nh", Role.ANALIST, "riec-nh", Role.PRIVACYJURIST, "riec-nh", Role.BEHEERDER, "riec-nh"));

    private final Accounts accounts;
    private final Purposes purposes;
    private final StoreSettings settings;
    private final Environment environment;

    DemoAccess(Accounts accounts, Purposes purposes, StoreSettings settings, Environment environment) {
        this.accounts = accounts;
        this.purposes = purposes;
        this.settings = settings;
        this.environment = environment;
    }

    /** Creates what is missing and returns the login hint to print. */
    public String prepare() {
        String password = password();
        String hash = Passwords.hash(password);
        List<String> names = ORGANISATIONS.entrySet().stream().map(e -> {
            String name = "demo-" + e.getKey().code();
            accounts.ensure(name, Set.of(e.getKey()), e.getValue(), hash);
            return name;
        }).toList();
        purposes.ensure(new Purpose(PURPOSE, Purpose.Kind.CASE, "Demo: ondermijning Noord-Holland (synthetic world)", "WGS art. 2.3",
                purposes.sourcePartners()), names);
        return "Log in as " + String.join(", ", names) + " with password " + (environment.getProperty("SPOOR_DEMO_PASSWORD") != null
                ? "SPOOR_DEMO_PASSWORD" : "'" + password + "' (" + passwordFile() + ")") + "; purpose " + PURPOSE
                + " (GraphQL: header X-Spoor-Purpose: " + PURPOSE + ").";
    }

    private Path passwordFile() {
        return settings.home().resolve("secrets").resolve("demo-password");
    }

    private String password() {
        String given = environment.getProperty("SPOOR_DEMO_PASSWORD");
        if (given != null) {
            return given;
        }
        Path file = passwordFile();
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            Files.createDirectories(file.getParent());
            String alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
            SecureRandom random = new SecureRandom();
            StringBuilder p = new StringBuilder();
            for (int i = 0; i < 16; i++) {
                p.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            Files.writeString(file, p + "\n", StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            return p.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the demo password in " + file + ": " + e.getMessage(), e);
        }
    }
}
