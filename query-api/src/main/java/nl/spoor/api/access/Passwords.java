package nl.spoor.api.access;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Local passwords: Argon2id (spring-security-crypto over Bouncy Castle, Spring Security's recommended
 * parameters: 16-byte salt, 32-byte hash, 1 lane, 19 MiB, 2 iterations), at least {@value #MIN_LENGTH}
 * characters.
 */
public final class Passwords {

    public static final int MIN_LENGTH = 12;

    private static final PasswordEncoder ENCODER = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();

    private Passwords() {
    }

    public static PasswordEncoder encoder() {
        return ENCODER;
    }

    /** The Argon2id hash of a password that is long enough; otherwise an error that says what is wrong. */
    public static String hash(String password) {
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("the password is empty: give it on standard input (at least " + MIN_LENGTH + " characters)");
        }
        if (password.length() < MIN_LENGTH) {
            throw new IllegalArgumentException("the password has " + password.length() + " characters; at least " + MIN_LENGTH + " are needed");
        }
        return ENCODER.encode(password);
    }
}
