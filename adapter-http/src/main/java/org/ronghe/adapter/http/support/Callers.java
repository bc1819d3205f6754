package org.ronghe.adapter.http.support;

import org.ronghe.application.shared.port.Caller;

import io.javalin.http.Context;

/** The authenticated caller of a request, as the security filter found it. */
public final class Callers {

    static final String ATTRIBUTE = "ronghe.caller";

    private Callers() {
    }

    public static Caller of(Context ctx) {
        Caller caller = ctx.attribute(ATTRIBUTE);
        if (caller == null) {
            throw new IllegalStateException("no authenticated caller on " + ctx.path());
        }
        return caller;
    }

    static Caller orNull(Context ctx) {
        return ctx.attribute(ATTRIBUTE);
    }
}
