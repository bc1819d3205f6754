package org.ronghe.adapter.http.support;

import java.util.EnumSet;
import java.util.Set;

import org.ronghe.domain.access.Role;

import io.javalin.security.RouteRole;

/**
 * The roles a route admits. PUBLIC routes need no token (health, the API document, its viewer); SIGNED routes take
 * no token either but prove their sender by a signature the route checks (a sign platform's webhook).
 */
public enum ApiRole implements RouteRole {
    PUBLIC, ADMIN, OPERATOR, READER, SIGNED;

    public static final Set<ApiRole> EVERY_CALLER = EnumSet.of(ADMIN, OPERATOR, READER);
    public static final Set<ApiRole> WRITERS = EnumSet.of(ADMIN, OPERATOR);
    public static final Set<ApiRole> ADMINS = EnumSet.of(ADMIN);

    public static ApiRole of(Role role) {
        return valueOf(role.name());
    }
}
