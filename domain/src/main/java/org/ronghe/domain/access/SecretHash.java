package org.ronghe.domain.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

import org.jmolecules.ddd.types.ValueObject;

/** The SHA-256 of a token's secret, in hex. The secret itself is never stored. */
public record SecretHash(String hex) implements ValueObject {

    public SecretHash {
        Objects.requireNonNull(hex, "hex");
        if (!isLowerCaseHex(hex, 64)) {
            throw new IllegalArgumentException("a secret hash is 64 lower-case hex digits");
        }
    }

    /** Checked without a regular expression: every authenticated request makes one. */
    private static boolean isLowerCaseHex(String text, int length) {
        if (text.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    public static SecretHash of(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return new SecretHash(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "SecretHash[" + hex.substring(0, 8) + "…]";
    }
}
