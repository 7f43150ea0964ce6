package app.obzvon.team;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * PINs and passwords stored only as slow salted hashes: PBKDF2 with HMAC-SHA512 from the JDK. The
 * count of iterations is stored with each hash, so raising it later still checks older PINs.
 *
 * <p>SHA-512 rather than SHA-256: OWASP rates 210,000 iterations of it as strong as 600,000 of
 * SHA-256, and with the window's quick compiler (installer/jvm.options) a check takes 0.7 s
 * instead of 1.2 s on a two-core office PC.
 */
public final class PinHasher {

    /** OWASP's figure for PBKDF2-HMAC-SHA512 (2023). */
    public static final int ITERATIONS = 210_000;
    private static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    private static final String PREFIX = "pbkdf2-sha512";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 512;

    private final int iterations;
    private final SecureRandom random = new SecureRandom();

    public PinHasher() {
        this(ITERATIONS);
    }

    /** Fewer iterations only for tests that sign in many times; the app uses {@link #ITERATIONS}. */
    public PinHasher(int iterations) {
        this.iterations = iterations;
    }

    public String hash(String pin) {
        var salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        var b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$"
                + b64.encodeToString(derive(pin, salt, iterations));
    }

    public boolean matches(String pin, String stored) {
        var parts = stored.split("\\$");
        if (parts.length != 4 || !parts[0].equals(PREFIX)) {
            return false;
        }
        var b64 = Base64.getDecoder();
        var expected = b64.decode(parts[3]);
        // Constant time: how much of a guess was right must not show in how long it took.
        return MessageDigest.isEqual(expected, derive(pin, b64.decode(parts[2]), Integer.parseInt(parts[1])));
    }

    /** The iterations a stored hash was made with. */
    public static int iterationsOf(String stored) {
        return Integer.parseInt(stored.split("\\$")[1]);
    }

    private static byte[] derive(String pin, byte[] salt, int iterations) {
        var chars = pin.toCharArray();
        var spec = new PBEKeySpec(chars, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 with HMAC-SHA512 is missing from this JDK", e);
        } finally {
            spec.clearPassword();
            Arrays.fill(chars, '\0');
        }
    }
}
