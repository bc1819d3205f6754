package org.ronghe.adapter.http.support;

import java.util.List;

/** The routes of one aggregate's resources. */
public interface RouteGroup {

    List<ApiRoute> routes();
}
