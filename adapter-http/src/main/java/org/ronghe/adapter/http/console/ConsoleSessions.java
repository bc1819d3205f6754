package org.ronghe.adapter.http.console;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import org.ronghe.application.access.AccessModule;
import org.ronghe.application.access.port.in.AccessChange;
import org.ronghe.application.access.port.in.Authenticated;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.domain.access.AuthenticationFailedException;

import io.javalin.http.Context;

/**
 * Who is signed in to the console. The session's secret lives in an HttpOnly, SameSite=Strict cookie (Secure
 * when the page came over TLS); the session itself is a token in the store, so any node over the same database
 * knows it, its expiry is the server's, and signing out ends it everywhere. Every form carries a CSRF token
 * derived from the session's secret, which a page of another site can neither read nor compute; the sign-in
 * form, before any session, carries one bound to a cookie of its own.
 */
final class ConsoleSessions {

    static final String SESSION_COOKIE = "ronghe_session";
    static final String SIGN_IN_COOKIE = "ronghe_sign_in";
    static final String CSRF_FIELD = "csrf";
    /** A working day; the domain allows at most twelve hours. */
    static final Duration LIFETIME = Duration.ofHours(8);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccessModule access;

    ConsoleSessions(AccessModule access) {
        this.access = access;
    }

    /** The signed-in person, if the request carries a live session. */
    Optional<SignedIn> current(Context ctx) {
        String secret = ctx.cookie(SESSION_COOKIE);
        if (secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        try {
            Authenticated authenticated = access.queries().authenticate(secret);
            if (authenticated.expiresAt() == null) {
                return Optional.empty(); // an API token's secret in the cookie: the console takes sessions only
            }
            return Optional.of(new SignedIn(new Caller(authenticated.actor(), authenticated.token(),
                    org.ronghe.adapter.http.support.RequestIds.of(ctx)), csrfOf(secret), authenticated.expiresAt()));
        } catch (AuthenticationFailedException expiredOrEnded) {
            return Optional.empty();
        }
    }

    /** Opens a session with an API token's secret and sets its cookie. */
    void signIn(Context ctx, String apiTokenSecret) {
        var session = access.commands().openSession(apiTokenSecret, LIFETIME,
                org.ronghe.adapter.http.support.RequestIds.of(ctx));
        setCookie(ctx, SESSION_COOKIE, session.secret(), (int) LIFETIME.toSeconds());
        clearCookie(ctx, SIGN_IN_COOKIE);
    }

    /** Ends the session and clears its cookie. */
    void signOut(Context ctx, SignedIn signedIn) {
        var caller = signedIn.caller();
        var token = access.queries().authenticate(ctx.cookie(SESSION_COOKIE)).token();
        long version = 1; // a session is written once, when it is opened; signing out is its only change
        access.commands().change(caller, new AccessChange.EndSession(token, version));
        clearCookie(ctx, SESSION_COOKIE);
    }

    /** The sign-in form's CSRF token: a fresh nonce, also set as a cookie the form's answer must carry back. */
    String signInNonce(Context ctx) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        setCookie(ctx, SIGN_IN_COOKIE, nonce, 3_600);
        return nonce;
    }

    /** Whether a sign-in form came from this site's own sign-in page. */
    static boolean signInFormIsOurs(Context ctx) {
        String cookie = ctx.cookie(SIGN_IN_COOKIE);
        String field = ctx.formParam(CSRF_FIELD);
        return cookie != null && field != null && constantTimeEquals(cookie, field);
    }

    /** Whether a form of a signed-in person came from one of this console's pages. */
    static boolean formIsOurs(Context ctx, SignedIn signedIn) {
        String field = ctx.formParam(CSRF_FIELD);
        return field != null && constantTimeEquals(signedIn.csrf(), field);
    }

    static String csrfOf(String sessionSecret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("ronghe-console-csrf\u0000" + sessionSecret).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static void setCookie(Context ctx, String name, String value, int maxAgeSeconds) {
        ctx.res().addHeader("Set-Cookie", name + "=" + value + "; Path=" + Console.BASE + "; Max-Age=" + maxAgeSeconds
                + "; HttpOnly; SameSite=Strict" + (overTls(ctx) ? "; Secure" : ""));
    }

    private static void clearCookie(Context ctx, String name) {
        ctx.res().addHeader("Set-Cookie", name + "=; Path=" + Console.BASE + "; Max-Age=0; HttpOnly; SameSite=Strict"
                + (overTls(ctx) ? "; Secure" : ""));
    }

    /** Served over TLS, directly or behind a proxy that says so. */
    static boolean overTls(Context ctx) {
        return "https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    }

    /** The person signed in: who acts, the CSRF token of their forms, and when the session ends. */
    record SignedIn(Caller caller, String csrf, java.time.Instant expiresAt) {
    }
}
