package nl.spoor.model.cypher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads a query kept as a {@code .cypher} resource beside the class that runs it (STYLE §2). */
public final class CypherResource {

    private CypherResource() {
    }

    /** The text of {@code name}, looked up beside {@code owner}; a missing resource is a broken build. */
    public static String load(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Resource " + name + " of " + owner.getName() + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read resource " + name + " of " + owner.getName(), e);
        }
    }
}
