package org.ronghe.adapter.http.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class SerializedViewsTest {

    record View(String id, List<String> members, long version) {
    }

    record Resource(String id, int seats, long version) {
    }

    private final AtomicInteger built = new AtomicInteger();
    private final SerializedViews<View, View> answers = SerializedViews.byView(view -> {
        built.incrementAndGet();
        return new Resource(view.id(), view.members().size(), view.version());
    }, 100); // bytes: three answers of about 30

    private static String text(RawBody body) {
        return new String(body.bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void an_unchanged_view_is_written_once_and_answered_from_memory_after() {
        var first = answers.json(new View("c1", List.of("a", "b"), 4));
        var again = answers.json(new View("c1", List.of("a", "b"), 4)); // read anew, equal

        assertThat(text(again)).isEqualTo(text(first)).isEqualTo("{\"id\":\"c1\",\"seats\":2,\"version\":4}");
        assertThat(again.contentType()).isEqualTo("application/json");
        assertThat(built).hasValue(1);
    }

    @Test
    void any_change_of_the_view_writes_it_anew() {
        answers.json(new View("c1", List.of("a", "b"), 4));

        var admitted = answers.json(new View("c1", List.of("a", "b", "c"), 5));
        var sameVersionOtherMembers = answers.json(new View("c1", List.of("a"), 4));

        assertThat(text(admitted)).contains("\"seats\":3", "\"version\":5");
        assertThat(text(sameVersionOtherMembers)).contains("\"seats\":1");
        assertThat(built).hasValue(3);
    }

    record MadeOf(String id, long version) {
    }

    @Test
    void keyed_by_what_makes_the_view_an_equal_key_answers_without_comparing_the_views() {
        var byVersion = SerializedViews.byWhatMakesIt((View view) -> new MadeOf(view.id(), view.version()), view -> {
            built.incrementAndGet();
            return new Resource(view.id(), view.members().size(), view.version());
        }, 1_000);

        var first = byVersion.json(new View("c1", List.of("a", "b"), 4));
        var again = byVersion.json(new View("c1", List.of("a", "b"), 4));
        var admitted = byVersion.json(new View("c1", List.of("a", "b", "c"), 5));

        assertThat(text(again)).isEqualTo(text(first));
        assertThat(text(admitted)).contains("\"seats\":3", "\"version\":5");
        assertThat(built).hasValue(2);
        assertThat(byVersion.size()).isEqualTo(2);
    }

    @Test
    void it_holds_no_more_bytes_than_its_capacity() {
        for (int i = 0; i < 10; i++) {
            answers.json(new View("c" + i, List.of(), 1)); // {"id":"c0","seats":0,"version":1}: 34 bytes
        }
        assertThat(answers.size()).isBetween(1, 2);
        assertThat(text(answers.json(new View("c0", List.of(), 1)))).contains("\"id\":\"c0\"");
    }
}
