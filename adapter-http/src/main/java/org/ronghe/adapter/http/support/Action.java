package org.ronghe.adapter.http.support;

import io.javalin.http.Context;

/** A route's work: read the request, call a use case, say what to answer. */
@FunctionalInterface
public interface Action {

    Reply handle(Context ctx) throws Exception;
}
