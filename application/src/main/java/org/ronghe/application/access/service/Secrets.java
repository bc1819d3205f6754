package org.ronghe.application.access.service;

import java.security.SecureRandom;
import java.util.Base64;

/** New token secrets: 256 random bits, URL-safe, with a recognisable prefix for secret scanners. */
final class Secrets {

    static final String PREFIX = "rh_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
