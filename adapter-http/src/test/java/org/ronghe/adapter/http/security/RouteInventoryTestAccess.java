package org.ronghe.adapter.http.security;

import java.util.List;

import org.ronghe.adapter.http.support.ApiRoute;

/** Lets tests in other packages use the server's route inventory. */
public final class RouteInventoryTestAccess {

    private RouteInventoryTestAccess() {
    }

    public static List<ApiRoute> allRoutes() {
        return RouteInventoryTest.allRoutes();
    }
}
