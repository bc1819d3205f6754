package org.ronghe.adapter.http.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ronghe.adapter.http.HttpApi;
import org.ronghe.adapter.http.support.ApiRole;
import org.ronghe.adapter.http.support.ApiRoute;
import org.ronghe.application.Ronghe;
import org.ronghe.application.storage.StorageProvider;
import org.ronghe.application.storage.StorageSettings;
import org.ronghe.server.RongheServer;

/** Every route of the server declares its roles; only the documented few are public. */
class RouteInventoryTest {

    static List<ApiRoute> allRoutes() {
        var storage = StorageProvider.openFirstAccepting(StorageSettings.of("memory:"));
        return HttpApi.routes(RongheServer.routeGroups(Ronghe.on(storage)));
    }

    @Test
    void every_route_declares_roles_and_only_health_documentation_labels_and_open311_reads_are_public() {
        var routes = allRoutes();

        assertThat(routes).allSatisfy(route -> assertThat(route.roles()).as(route.method() + " " + route.path())
                .isNotEmpty());
        assertThat(routes.stream().filter(ApiRoute::isPublic).map(ApiRoute::path))
                .as("the labels are vocabulary, as the documentation is: no data of anyone's; Open311's reads are"
                        + " public by its specification (services, and requests without any person's data)")
                .containsExactlyInAnyOrder("/health", "/openapi.json", "/docs", "/docs/{asset}", "/api/v1/labels",
                        "/open311/v2/services.json", "/open311/v2/services/{serviceCode}.json",
                        "/open311/v2/requests.json", "/open311/v2/requests/{id}.json");
        assertThat(routes.stream().filter(route -> !route.isPublic()))
                .allSatisfy(route -> assertThat(route.roles()).doesNotContain(ApiRole.PUBLIC));
    }

    @Test
    void every_creating_route_is_a_post_and_every_route_is_unique() {
        var routes = allRoutes();

        assertThat(routes.stream().filter(ApiRoute::creates))
                .allSatisfy(route -> assertThat(route.method().name()).isEqualTo("POST"));
        assertThat(routes.stream().map(route -> route.method() + " " + route.path()).distinct().count())
                .isEqualTo(routes.size());
    }
}
