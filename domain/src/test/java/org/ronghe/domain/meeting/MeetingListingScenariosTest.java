package org.ronghe.domain.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.organization.OrganizationScope;
import org.ronghe.domain.shared.InvalidValueException;
import org.ronghe.domain.shared.NameSearch;

@DisplayName("Which meetings a listing shows, and how a meeting is named in a request")
class MeetingListingScenariosTest {

    private static final Instant NOW = Instant.parse("2022-08-20T02:00:00Z");
    private static final Instant FIRST_OF_SEPTEMBER = Instant.parse("2022-09-01T01:00:00Z");
    private static final Duration WEEK = Duration.ofDays(7);
    private final CommitteeId ximen = new CommitteeId(UUID.randomUUID());
    private final CommitteeId yuanxiang = new CommitteeId(UUID.randomUUID());
    private final OrganizationId town = new OrganizationId(UUID.randomUUID());

    /** Ximen, special deliberation, 1 September, still scheduled. */
    private final Meeting parking = meeting("停车难议事会", ximen, MeetingMechanism.SPECIAL_DELIBERATION, FIRST_OF_SEPTEMBER);
    /** Ximen, routine liaison, a week later, held. */
    private final Meeting liaison = meeting("九月联络会", ximen, MeetingMechanism.ROUTINE_LIAISON,
            FIRST_OF_SEPTEMBER.plus(WEEK));
    /** Yuanxiang, special deliberation, two weeks later, cancelled. */
    private final Meeting culture = meeting("文化源议事会", yuanxiang, MeetingMechanism.SPECIAL_DELIBERATION,
            FIRST_OF_SEPTEMBER.plus(WEEK.multipliedBy(2)));
    private final List<Meeting> meetings = List.of(parking, liaison, culture);

    MeetingListingScenariosTest() {
        liaison.hold(Set.of(town), "纪要", NOW);
        culture.cancel("台风", NOW);
    }

    private Meeting meeting(String title, CommitteeId host, MeetingMechanism mechanism, Instant start) {
        return Meeting.schedule(new MeetingId(UUID.randomUUID()), mechanism, title, host,
                new Slot(start, start.plusSeconds(7200), "会议室"), Set.of(town), NOW).meeting();
    }

    private List<String> listed(MeetingCriteria criteria) {
        return meetings.stream().filter(criteria::matches).map(m -> m.state().title()).toList();
    }

    @Nested
    @DisplayName("Listing filters")
    class Listing {

        @Test
        void with_no_filter_every_meeting_is_listed_whatever_its_state() {
            assertThat(listed(MeetingCriteria.all())).containsExactly("停车难议事会", "九月联络会", "文化源议事会");
        }

        @Test
        void a_host_committee_lists_its_own_meetings() {
            assertThat(listed(new MeetingCriteria(ximen, null, null, null, null))).containsExactly("停车难议事会", "九月联络会");
        }

        @Test
        void a_mechanism_lists_the_meetings_of_that_mechanism() {
            assertThat(listed(new MeetingCriteria(null, MeetingMechanism.SPECIAL_DELIBERATION, null, null, null)))
                    .containsExactly("停车难议事会", "文化源议事会");
        }

        @Test
        void a_status_lists_the_meetings_in_that_status() {
            assertThat(listed(new MeetingCriteria(null, null, MeetingStatus.HELD, null, null))).containsExactly("九月联络会");
        }

        @Test
        void from_is_inclusive_a_meeting_starting_at_that_instant_is_listed() {
            var liaisonStart = FIRST_OF_SEPTEMBER.plus(WEEK);

            assertThat(listed(new MeetingCriteria(null, null, null, liaisonStart, null)))
                    .containsExactly("九月联络会", "文化源议事会");
            assertThat(listed(new MeetingCriteria(null, null, null, liaisonStart.plusSeconds(1), null)))
                    .containsExactly("文化源议事会");
        }

        @Test
        void until_is_exclusive_a_meeting_starting_at_that_instant_is_not_listed() {
            var liaisonStart = FIRST_OF_SEPTEMBER.plus(WEEK);

            assertThat(listed(new MeetingCriteria(null, null, null, null, liaisonStart))).containsExactly("停车难议事会");
            assertThat(listed(new MeetingCriteria(null, null, null, null, liaisonStart.plusSeconds(1))))
                    .containsExactly("停车难议事会", "九月联络会");
        }

        @Test
        void filters_combine_every_one_must_hold() {
            assertThat(listed(new MeetingCriteria(ximen, MeetingMechanism.SPECIAL_DELIBERATION, null, null, null)))
                    .containsExactly("停车难议事会");
            assertThat(listed(new MeetingCriteria(yuanxiang, null, MeetingStatus.SCHEDULED, null, null))).isEmpty();
            assertThat(listed(new MeetingCriteria(ximen, MeetingMechanism.ROUTINE_LIAISON, MeetingStatus.HELD,
                    FIRST_OF_SEPTEMBER, FIRST_OF_SEPTEMBER.plus(WEEK.multipliedBy(2))))).containsExactly("九月联络会");
        }
    }

    @Nested
    @DisplayName("A meeting's id in a request")
    class Ids {

        @Test
        void a_meeting_id_is_read_from_its_uuid_around_which_spaces_do_not_count() {
            var uuid = UUID.randomUUID();

            assertThat(MeetingId.parse("meetingId", "\t" + uuid + " ")).isEqualTo(new MeetingId(uuid));
            assertThat(new MeetingId(uuid)).hasToString(uuid.toString());
        }

        @Test
        void anything_but_a_uuid_is_refused_naming_the_field() {
            for (String text : new String[] {null, "", "   ", "meeting-12"}) {
                assertThatThrownBy(() -> MeetingId.parse("carriedFromId", text)).as("%s", text)
                        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                                .singleElement().satisfies(v -> {
                                    assertThat(v.field()).isEqualTo("carriedFromId");
                                    assertThat(v.message()).isEqualTo("is not a valid meeting id");
                                }));
            }
        }
    }

    @Nested
    @DisplayName("Search by title and a town's scope")
    class SearchAndScope {

        @Test
        void a_search_lists_the_meetings_whose_title_contains_it() {
            assertThat(listed(new MeetingCriteria(null, null, null, null, null, new NameSearch("议事会"), null)))
                    .containsExactly("停车难议事会", "文化源议事会");
        }

        @Test
        void a_scope_lists_the_meetings_that_invite_anyone_in_it() {
            var other = new OrganizationId(UUID.randomUUID());
            assertThat(listed(new MeetingCriteria(null, null, null, null, null, null,
                    new OrganizationScope(other, Set.of(other, town))))).containsExactly("停车难议事会", "九月联络会", "文化源议事会");
            assertThat(listed(new MeetingCriteria(null, null, null, null, null, null,
                    new OrganizationScope(other, Set.of(other))))).isEmpty();
        }
    }
}
