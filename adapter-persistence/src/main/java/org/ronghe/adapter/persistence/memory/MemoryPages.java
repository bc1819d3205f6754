package org.ronghe.adapter.persistence.memory;

import java.util.List;

import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;

final class MemoryPages {

    private MemoryPages() {
    }

    /** The requested page of an already filtered and ordered list. */
    static <T> Page<T> of(List<T> matching, PageRequest page) {
        List<T> items = matching.stream().skip(page.offset()).limit(page.size()).toList();
        return new Page<>(items, page.page(), page.size(), matching.size());
    }
}
