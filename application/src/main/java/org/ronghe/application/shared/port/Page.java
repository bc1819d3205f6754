package org.ronghe.application.shared.port;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** One page of a listing, with the total number of items that match. */
public record Page<T>(List<T> items, int page, int size, long totalItems) {

    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, totalItems);
    }

    public long totalPages() {
        return (totalItems + size - 1) / size;
    }

    /** Every item of a listing, read page by page at the largest page size. */
    public static <T> List<T> every(Function<PageRequest, Page<T>> listing) {
        List<T> all = new ArrayList<>();
        for (int page = 1; ; page++) {
            var result = listing.apply(new PageRequest(page, PageRequest.MAX_SIZE));
            all.addAll(result.items());
            if (page >= result.totalPages()) {
                return all;
            }
        }
    }
}
