package org.ronghe.adapter.persistence.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ronghe.adapter.persistence.usecases.ViolatedFields.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

import org.junit.jupiter.api.Test;
import org.ronghe.application.cases.port.in.AdoptCasePolicyCommand;
import org.ronghe.application.cases.port.in.CaseChange;
import org.ronghe.application.cases.port.in.ReceiveSignalCommand;
import org.ronghe.domain.cases.CaseId;
import org.ronghe.domain.cases.GeoPoint;
import org.ronghe.domain.cases.ShortBoardRule;
import org.ronghe.domain.cases.SignalSource;
import org.ronghe.domain.cases.WorkingCalendar;
import org.ronghe.domain.shared.InvalidValueException;

/** The case commands check themselves: what is missing or out of range is named before any use case runs. */
class CaseCommandChecksTest {

    private static final GeoPoint POINT = new GeoPoint(121.245, 31.375);
    private static final CaseId CASE = new CaseId(UUID.randomUUID());

    @Test
    void a_signal_names_its_source_event_category_point_and_description() {
        assertThat(fields(() -> new ReceiveSignalCommand(null, " ", null, null, null, "", null, null)))
                .containsExactly("source", "sourceEventId", "category", "location", "description");
        assertThat(fields(() -> new ReceiveSignalCommand(SignalSource.PATROL, null, " ", POINT, null, null, null,
                null))).containsExactly("sourceEventId", "category", "description");
        var signal = new ReceiveSignalCommand(SignalSource.PATROL, "P-1", "FIRE_LANE", POINT, null, "占用", null, null);
        assertThat(signal.photos()).isEmpty();
        var photos = new ArrayList<>(List.of("https://photos.example.cn/a.jpg"));
        var withPhotos = new ReceiveSignalCommand(SignalSource.PATROL, "P-1", "FIRE_LANE", POINT, null, "占用", photos,
                null);
        photos.clear();
        assertThat(withPhotos.photos()).as("a copy").hasSize(1);
    }

    @Test
    void a_policy_needs_its_calendar_and_rule_and_a_revision_the_version_it_read() {
        var calendar = WorkingCalendar.weekdays();
        var rule = new ShortBoardRule(5, 30);
        assertThat(fields(() -> new AdoptCasePolicyCommand(0, null, null, null))).containsExactly("calendar",
                "shortBoard");
        assertThat(fields(() -> new AdoptCasePolicyCommand(-1, List.of(), calendar, rule)))
                .containsExactly("expectedVersion");
        assertThat(new AdoptCasePolicyCommand(0, null, calendar, rule).categories()).isEmpty();
        assertThat(new AdoptCasePolicyCommand(3, List.of(), calendar, rule).expectedVersion()).isEqualTo(3);
    }

    @Test
    void every_step_names_its_case_and_the_version_it_read() {
        List<BiFunction<CaseId, Long, CaseChange>> steps = List.of(
                (id, v) -> new CaseChange.File(id, v, null), (id, v) -> new CaseChange.Invalidate(id, v, "误报"),
                (id, v) -> new CaseChange.Dispatch(id, v, null), (id, v) -> new CaseChange.SignFor(id, v),
                (id, v) -> new CaseChange.Return(id, v, "改派"), (id, v) -> new CaseChange.StartHandling(id, v),
                (id, v) -> new CaseChange.Respond(id, v, "已处置", null), (id, v) -> new CaseChange.Verify(id, v, true, null),
                (id, v) -> new CaseChange.Close(id, v), (id, v) -> new CaseChange.Suspend(id, v, "延期"),
                (id, v) -> new CaseChange.Resume(id, v));
        for (var step : steps) {
            assertThat(fields(() -> step.apply(null, 0L))).containsExactly("id", "expectedVersion");
            var change = step.apply(CASE, 2L);
            assertThat(change.id()).isEqualTo(CASE);
            assertThat(change.expectedVersion()).isEqualTo(2);
        }
        assertThat(new CaseChange.Respond(CASE, 1, "已处置", null).photos()).isEmpty();
        assertThatThrownBy(() -> new CaseChange.Close(CASE, 0)).isInstanceOf(InvalidValueException.class);
    }
}
