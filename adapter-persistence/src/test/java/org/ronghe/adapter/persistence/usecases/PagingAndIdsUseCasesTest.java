package org.ronghe.adapter.persistence.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.ronghe.adapter.persistence.memory.MemoryStorage;
import org.ronghe.application.Ronghe;
import org.ronghe.application.organization.port.in.OrganizationView;
import org.ronghe.application.organization.port.in.RegisterOrganizationCommand;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.application.shared.port.out.Clock;
import org.ronghe.application.shared.port.out.IdSource;
import org.ronghe.domain.organization.OrganizationCriteria;
import org.ronghe.domain.organization.OrganizationKind;
import org.ronghe.domain.shared.FieldViolation;
import org.ronghe.domain.shared.InvalidValueException;

import org.junit.jupiter.api.Test;

/**
 * Listings come in pages (from 1, of 1 to 100 items) with the total that matches; ids are made so that
 * what is registered later sorts later, even within one instant.
 */
class PagingAndIdsUseCasesTest {

    private static final Caller ADMIN = Caller.system("paging and ids");

    /** The application with the clock stopped, so only the ids tell the registrations apart. */
    private static Ronghe stoppedClockOn(MemoryStorage store) {
        return Ronghe.on(store, Clock.fixed(Instant.parse("2023-04-04T02:00:00Z")), IdSource.timeOrdered());
    }

    private static List<OrganizationView> districtAndTowns(Ronghe ronghe, int towns) {
        var registered = new ArrayList<OrganizationView>();
        var district = ronghe.organizations().commands().register(ADMIN, RegisterOrganizationCommand.parse(
                "DISTRICT_PARTY_COMMITTEE", "中共上海市嘉定区委员会", null, null, null));
        registered.add(district);
        for (int i = 1; i <= towns; i++) {
            registered.add(ronghe.organizations().commands().register(ADMIN, RegisterOrganizationCommand.parse(
                    "TOWN_PARTY_COMMITTEE", "第" + i + "街道党工委", null, district.id().toString(), null)));
        }
        return registered;
    }

    private static List<String> names(Page<OrganizationView> page) {
        return page.items().stream().map(OrganizationView::name).toList();
    }

    @Test
    void organizations_registered_in_the_same_instant_list_page_by_page_in_the_order_they_were_registered() {
        try (var store = new MemoryStorage()) {
            var ronghe = stoppedClockOn(store);
            var registered = districtAndTowns(ronghe, 4).stream().map(OrganizationView::name).toList();

            var first = ronghe.organizations().queries().organizations(OrganizationCriteria.all(), new PageRequest(1, 2));
            var second = ronghe.organizations().queries().organizations(OrganizationCriteria.all(), new PageRequest(2, 2));
            var third = ronghe.organizations().queries().organizations(OrganizationCriteria.all(), new PageRequest(3, 2));

            assertThat(first.totalItems()).isEqualTo(5);
            assertThat(first.totalPages()).isEqualTo(3);
            assertThat(names(first)).containsExactlyElementsOf(registered.subList(0, 2));
            assertThat(names(second)).containsExactlyElementsOf(registered.subList(2, 4));
            assertThat(names(third)).containsExactlyElementsOf(registered.subList(4, 5));
            assertThat(third.page()).isEqualTo(3);
            assertThat(third.size()).isEqualTo(2);
            assertThat(new PageRequest(3, 20).offset()).isEqualTo(40);
        }
    }

    @Test
    void a_listing_that_fills_pages_exactly_counts_no_page_beyond_them() {
        try (var store = new MemoryStorage()) {
            var ronghe = stoppedClockOn(store);
            districtAndTowns(ronghe, 5);

            assertThat(ronghe.organizations().queries().organizations(OrganizationCriteria.all(), new PageRequest(1, 3))
                    .totalPages()).isEqualTo(2);
            assertThat(ronghe.organizations().queries().organizations(OrganizationCriteria.all(), new PageRequest(1, 6))
                    .totalPages()).isEqualTo(1);
            assertThat(ronghe.organizations().queries().organizations(new OrganizationCriteria(
                    OrganizationKind.REGIONAL_UNIT, null, null), PageRequest.first())
                    .totalPages()).isZero();
        }
    }

    @Test
    void every_item_of_a_listing_longer_than_a_page_is_read_asking_for_each_page_once_and_none_past_the_last() {
        try (var store = new MemoryStorage()) {
            var ronghe = stoppedClockOn(store);
            var registered = districtAndTowns(ronghe, 199);
            var requests = new AtomicInteger();

            List<OrganizationView> all = Page.every(page -> {
                requests.incrementAndGet();
                return ronghe.organizations().queries().organizations(OrganizationCriteria.all(), page);
            });

            assertThat(all).containsExactlyElementsOf(registered);
            assertThat(requests).as("200 organizations: two full pages of 100").hasValue(2);
        }
    }

    @Test
    void a_page_request_counts_pages_from_one_to_a_hundred_thousand_of_one_to_a_hundred_items() {
        assertThatThrownBy(() -> new PageRequest(0, 0)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("page", "size"));
        assertThatThrownBy(() -> new PageRequest(PageRequest.MAX_PAGE + 1, PageRequest.MAX_SIZE + 1))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("page", "size"));
        assertThatThrownBy(() -> new PageRequest(2, 0)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("size"));
        assertThatCode(() -> new PageRequest(1, 1)).doesNotThrowAnyException();
        assertThat(new PageRequest(PageRequest.MAX_PAGE, PageRequest.MAX_SIZE).offset()).isEqualTo(9_999_900L);
    }

    @Test
    void time_ordered_ids_are_version_7_carry_the_millisecond_they_were_made_in_and_sort_in_the_order_made() {
        var ids = IdSource.timeOrdered();
        long before = System.currentTimeMillis();
        List<UUID> made = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            made.add(ids.next());
        }
        long after = System.currentTimeMillis();

        for (int i = 0; i < made.size(); i++) {
            UUID id = made.get(i);
            assertThat(id.version()).isEqualTo(7);
            assertThat(id.variant()).isEqualTo(2);
            assertThat(id.getMostSignificantBits() >>> 16).as("the millisecond of id %d", i)
                    .isBetween(before, after + 1_000);
            if (i > 0) {
                assertThat(id.getMostSignificantBits()).as("id %d sorts after the one made before it", i)
                        .isGreaterThan(made.get(i - 1).getMostSignificantBits());
            }
        }
    }

    @Test
    void random_ids_are_version_4_and_do_not_repeat() {
        var ids = IdSource.random();
        var made = new HashSet<UUID>();
        for (int i = 0; i < 1_000; i++) {
            UUID id = ids.next();
            assertThat(id.version()).isEqualTo(4);
            made.add(id);
        }
        assertThat(made).hasSize(1_000);
    }
}
