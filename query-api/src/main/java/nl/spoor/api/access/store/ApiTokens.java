package nl.spoor.api.access.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Personal API tokens for scripts: {@code spoor_} and 32 random bytes as 64 hex digits.
 * Only the SHA-256 of a token is stored ({@code (:SpoorApiToken {hash, name, username, created, revoked})}):
 * a token of 256 random bits needs no slow hash, and the secret is shown once, when it is created.
 */
public final class ApiTokens {

    public static final String PREFIX = "spoor_";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A token as listed: never its secret. */
    public record ApiToken(String name, String username, String created, boolean revoked) {}

    private final AccessGraph graph;

    public ApiTokens(AccessGraph graph) {
        this.graph = graph;
    }

    /** Creates a token for this user under this name (unique per user among the live ones) and returns its secret. */
    public String create(String username, String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an API token needs a name (what it is for, e.g. 'nightly-export')");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + HexFormat.of().formatHex(bytes);
        boolean created = graph.write(tx -> tx.run("""
                OPTIONAL MATCH (live:SpoorApiToken {username: $username, name: $name, revoked: false})
                WITH live WHERE live IS NULL
                CREATE (:SpoorApiToken {hash: $hash, name: $name, username: $username, created: datetime(), revoked: false})
                RETURN true AS created""", Map.of("username", username, "name", name.strip(), "hash", hash(secret))).hasNext());
        if (!created) {
            throw new IllegalArgumentException("user '" + username + "' already has a token named '" + name.strip() + "'; revoke it first");
        }
        return secret;
    }

    /** Revokes a user's live token of this name; false when there is none. */
    public boolean revoke(String username, String name) {
        return graph.write(tx -> tx.run("MATCH (t:SpoorApiToken {username: $username, name: $name, revoked: false}) SET t.revoked = true RETURN t",
                Map.of("username", username, "name", name == null ? "" : name.strip())).hasNext());
    }

    /** The owner of a live token with this secret. */
    public Optional<String> owner(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return graph.read(tx -> tx.run("MATCH (t:SpoorApiToken {hash: $hash, revoked: false}) RETURN t.username AS u",
                Map.of("hash", hash(secret))).list(r -> r.get("u").asString())).stream().findFirst();
    }

    public List<ApiToken> of(String username) {
        return graph.read(tx -> tx.run("MATCH (t:SpoorApiToken {username: $username}) RETURN t ORDER BY t.created",
                Map.of("username", username)).list(r -> new ApiToken(r.get("t").get("name").asString(), username,
                r.get("t").get("created").asZonedDateTime().toString(), r.get("t").get("revoked").asBoolean())));
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
