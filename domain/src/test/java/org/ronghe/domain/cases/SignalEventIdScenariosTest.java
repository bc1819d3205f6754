package org.ronghe.domain.cases;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ronghe.domain.cases.CityCaseScenariosTest.POINT;
import static org.ronghe.domain.cases.CityCaseScenariosTest.RECEIVED;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A source's event id names one signal: a second delivery must say what the first said")
class SignalEventIdScenariosTest {

    private static CaseIntake delivery(String category, GeoPoint at, String address, String description,
            List<String> photos, Instant reportedAt, Instant receivedAt) {
        return new CaseIntake(SignalSource.SIGN_PLATFORM, "NX-20230404-0001", category, at, address, description,
                photos, reportedAt, receivedAt);
    }

    private static final Instant SEEN = Instant.parse("2023-04-04T01:55:00Z");
    private static final CaseIntake FIRST = delivery("FIRE_LANE", POINT, "古猗园路 88 号", "消防通道被车辆占用",
            List.of("https://photos.example.cn/a.jpg"), SEEN, RECEIVED);

    @Test
    @DisplayName("the same event delivered again later, or out of order, is the same signal")
    void a_retry_is_the_same_signal() {
        var retry = delivery("FIRE_LANE", POINT, "古猗园路 88 号", "消防通道被车辆占用",
                List.of("https://photos.example.cn/a.jpg"), SEEN, RECEIVED.plusSeconds(3_600));
        assertThatCode(() -> retry.requireSameSignalAs(FIRST.fingerprint())).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("a receipt kept before fingerprints were takes any delivery of its id")
    void a_receipt_without_fingerprint_takes_the_delivery() {
        assertThatCode(() -> FIRST.requireSameSignalAs(null)).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("another category, point, address, description, photo or time of seeing under the id is refused")
    void another_signal_under_a_known_id_is_refused() {
        var others = List.of(
                delivery("WATERLOGGING", POINT, "古猗园路 88 号", "消防通道被车辆占用", FIRST.photos(), SEEN, RECEIVED),
                delivery("FIRE_LANE", new GeoPoint(121.3212, 31.2987), "古猗园路 88 号", "消防通道被车辆占用",
                        FIRST.photos(), SEEN, RECEIVED),
                delivery("FIRE_LANE", new GeoPoint(121.3211, 31.2988), "古猗园路 88 号", "消防通道被车辆占用",
                        FIRST.photos(), SEEN, RECEIVED),
                delivery("FIRE_LANE", POINT, "古猗园路 90 号", "消防通道被车辆占用", FIRST.photos(), SEEN, RECEIVED),
                delivery("FIRE_LANE", POINT, null, "消防通道被车辆占用", FIRST.photos(), SEEN, RECEIVED),
                delivery("FIRE_LANE", POINT, "古猗园路 88 号", "消防通道已畅通", FIRST.photos(), SEEN, RECEIVED),
                delivery("FIRE_LANE", POINT, "古猗园路 88 号", "消防通道被车辆占用", List.of(), SEEN, RECEIVED),
                delivery("FIRE_LANE", POINT, "古猗园路 88 号", "消防通道被车辆占用", FIRST.photos(), null, RECEIVED),
                new CaseIntake(SignalSource.PATROL, "NX-20230404-0001", "FIRE_LANE", POINT, "古猗园路 88 号",
                        "消防通道被车辆占用", FIRST.photos(), SEEN, RECEIVED));
        for (CaseIntake other : others) {
            assertThatThrownBy(() -> other.requireSameSignalAs(FIRST.fingerprint()))
                    .isInstanceOf(SignalEventIdReusedException.class).hasMessageContaining("NX-20230404-0001");
        }
    }
    @Test
    @DisplayName("words moved from the address into the description make another signal, though the text runs the same")
    void where_one_field_ends_and_the_next_begins_counts() {
        var moved = delivery("FIRE_LANE", POINT, "古猗园路 88 号消防", "通道被车辆占用", FIRST.photos(), SEEN, RECEIVED);
        assertThatThrownBy(() -> moved.requireSameSignalAs(FIRST.fingerprint()))
                .isInstanceOf(SignalEventIdReusedException.class);
    }
}
