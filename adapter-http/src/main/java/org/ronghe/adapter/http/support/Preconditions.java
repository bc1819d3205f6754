package org.ronghe.adapter.http.support;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ronghe.domain.shared.InvalidValueException;

import io.javalin.http.Context;

/**
 * Optimistic concurrency over HTTP: a GET answers {@code ETag: "<version>"}, and every change must
 * send that tag back in {@code If-Match}; a missing tag is 428, a stale one 412.
 */
public final class Preconditions {

    private static final Pattern ENTITY_TAG = Pattern.compile("^\\s*\"(\\d{1,18})\"\\s*$");

    private Preconditions() {
    }

    public static long expectedVersion(Context ctx) {
        String ifMatch = ctx.header("If-Match");
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new BadRequestException(428, "precondition-required",
                    "send If-Match with the ETag of the version you read, e.g. If-Match: \"1\"", List.of());
        }
        Matcher matcher = ENTITY_TAG.matcher(ifMatch);
        if (!matcher.matches()) {
            throw new BadRequestException(400, "malformed-if-match",
                    "If-Match must be one strong entity tag as sent in ETag, e.g. \"1\"", List.of());
        }
        long version = Long.parseLong(matcher.group(1));
        if (version < 1) {
            throw new InvalidValueException("If-Match", "must name a stored version (1 or more)");
        }
        return version;
    }

    public static void tag(Context ctx, long version) {
        ctx.header("ETag", "\"" + version + "\"");
    }
}
