package org.ronghe.adapter.http.support;

import java.util.List;

import org.ronghe.application.shared.port.Page;

/** The JSON shape of a page of items. */
public record PageResource<T>(List<T> items, int page, int size, long totalItems, long totalPages) {

    public static <T> PageResource<T> of(Page<T> page) {
        return new PageResource<>(page.items(), page.page(), page.size(), page.totalItems(), page.totalPages());
    }
}
