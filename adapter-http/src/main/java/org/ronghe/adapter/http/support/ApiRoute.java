package org.ronghe.adapter.http.support;

import java.util.Objects;
import java.util.Set;

import io.javalin.http.HandlerType;

/**
 * One route of the API, with the roles it admits and whether it creates a resource (creating
 * routes honour {@code Idempotency-Key}). Route groups list theirs, so the whole API can be
 * inventoried, documented and tested route by route. A route that {@code refusesItsOwnArguments}
 * answers unknown query arguments in its own protocol's terms (the Open311 facade's error list), so
 * the platform does not refuse them first as a problem.
 */
public record ApiRoute(HandlerType method, String path, Action action, Set<ApiRole> roles, boolean creates,
        boolean refusesItsOwnArguments) {

    public ApiRoute(HandlerType method, String path, Action action, Set<ApiRole> roles, boolean creates) {
        this(method, path, action, roles, creates, false);
    }

    public ApiRoute {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(action, "action");
        roles = Set.copyOf(roles);
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("route " + method + " " + path + " declares no role");
        }
    }

    /** A read every authenticated caller may make. */
    public static ApiRoute read(String path, Action action) {
        return new ApiRoute(HandlerType.GET, path, action, ApiRole.EVERY_CALLER, false);
    }

    public static ApiRoute read(String path, Action action, Set<ApiRole> roles) {
        return new ApiRoute(HandlerType.GET, path, action, roles, false);
    }

    /** A POST that creates a resource. */
    public static ApiRoute create(String path, Action action, Set<ApiRole> roles) {
        return new ApiRoute(HandlerType.POST, path, action, roles, true);
    }

    /** A POST command on an existing resource (needs If-Match). */
    public static ApiRoute command(String path, Action action, Set<ApiRole> roles) {
        return new ApiRoute(HandlerType.POST, path, action, roles, false);
    }

    public static ApiRoute open(String path, Action action) {
        return new ApiRoute(HandlerType.GET, path, action, Set.of(ApiRole.PUBLIC), false);
    }

    /** A POST whose sender is proven by a signature the action checks, not by a token. */
    public static ApiRoute signed(String path, Action action) {
        return new ApiRoute(HandlerType.POST, path, action, Set.of(ApiRole.SIGNED), false);
    }

    /** The same route, refusing unknown query arguments itself (it must check them before it writes). */
    public ApiRoute refusingItsOwnArguments() {
        return new ApiRoute(method, path, action, roles, creates, true);
    }

    public boolean isSigned() {
        return roles.contains(ApiRole.SIGNED);
    }

    public boolean isPublic() {
        return roles.contains(ApiRole.PUBLIC);
    }
}
