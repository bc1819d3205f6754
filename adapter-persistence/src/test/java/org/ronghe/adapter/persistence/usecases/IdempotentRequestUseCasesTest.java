package org.ronghe.adapter.persistence.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.ronghe.adapter.persistence.memory.MemoryStorage;
import org.ronghe.application.Ronghe;
import org.ronghe.application.access.port.in.IssueTokenCommand;
import org.ronghe.application.idempotency.port.IdempotencyKeyReusedException;
import org.ronghe.application.idempotency.port.IdempotencyRecord;
import org.ronghe.application.idempotency.port.IdempotentRequestInProgressException;
import org.ronghe.application.idempotency.port.StoredResponse;
import org.ronghe.application.idempotency.port.out.IdempotencyRecords;
import org.ronghe.application.organization.port.in.OrganizationView;
import org.ronghe.application.organization.port.in.RegisterOrganizationCommand;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.application.storage.Storage;
import org.ronghe.domain.access.ApiTokenId;
import org.ronghe.domain.access.Role;
import org.ronghe.domain.organization.OrganizationCriteria;
import org.ronghe.domain.shared.InvalidValueException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Creating requests sent with an Idempotency-Key, on the in-memory adapter: they run once per token and key,
 * replay their response, and a request racing a twin for its key waits for the twin's response.
 */
class IdempotentRequestUseCasesTest {

    private static final Caller SYSTEM = Caller.system("idempotency use cases");
    private static final Instant NOW = Instant.parse("2023-04-04T02:00:00Z");
    private static final String FINGERPRINT = "f".repeat(64);

    private final TwinRacingStorage storage = new TwinRacingStorage();
    private final TestClock clock = new TestClock(NOW);
    private final Ronghe ronghe = Ronghe.on(storage, clock, UUID::randomUUID);
    private final AtomicInteger runs = new AtomicInteger();
    private final OrganizationView district = ronghe.organizations().commands().register(SYSTEM,
            RegisterOrganizationCommand.parse("DISTRICT_PARTY_COMMITTEE", "区委", null, null, null));
    private final Caller operator = operatorOf(district);

    @AfterEach
    void close() {
        Thread.interrupted(); // never leave an interrupt behind for the next test
        storage.close();
    }

    private Caller operatorOf(OrganizationView organization) {
        var issued = ronghe.access().commands().issue(SYSTEM, new IssueTokenCommand(organization.id(), Role.OPERATOR, null));
        var auth = ronghe.access().queries().authenticate(issued.secret());
        return new Caller(auth.actor(), auth.token(), "req");
    }

    /** Registers a town under the district as the caller, and answers 201 with its id. */
    private Supplier<StoredResponse> registerTown(Caller caller, String name) {
        return () -> {
            runs.incrementAndGet();
            var town = ronghe.organizations().commands().register(caller, RegisterOrganizationCommand.parse(
                    "TOWN_PARTY_COMMITTEE", name, null, district.id().toString(), null));
            return new StoredResponse(201, town.id().toString(), Map.of("ETag", "\"1\""));
        };
    }

    private StoredResponse execute(Caller caller, String key, Supplier<StoredResponse> action) {
        return ronghe.idempotency().execution().execute(caller, key, FINGERPRINT, action);
    }

    private long towns() {
        return ronghe.organizations().queries().organizations(new OrganizationCriteria(null, district.id(), null),
                org.ronghe.application.shared.port.PageRequest.first()).totalItems();
    }

    @Test
    void a_request_takes_effect_once_per_key_and_its_replay_gets_the_very_response_of_the_first_run() {
        var first = execute(operator, "create-town-1", registerTown(operator, "南翔镇党委"));
        var replay = execute(operator, "create-town-1", registerTown(operator, "南翔镇党委"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.headers()).containsEntry("ETag", "\"1\"");
        assertThat(replay).isEqualTo(first);
        assertThat(runs).as("the replay ran too: its key, its last write, was refused and its work rolled back")
                .hasValue(2);
        assertThat(towns()).isEqualTo(1);
    }

    @Test
    void the_same_key_with_another_request_is_refused_as_a_client_bug() {
        execute(operator, "create-town-1", registerTown(operator, "南翔镇党委"));

        assertThatThrownBy(() -> ronghe.idempotency().execution().execute(operator, "create-town-1", "e".repeat(64),
                registerTown(operator, "马陆镇党委"))).isInstanceOfSatisfying(IdempotencyKeyReusedException.class,
                        e -> assertThat(e.code()).isEqualTo("idempotency-key-reused"));
        assertThat(towns()).as("the second request's town was rolled back with its refused key").isEqualTo(1);
    }

    @Test
    void a_key_is_1_to_200_printable_ascii_characters_without_spaces() {
        execute(operator, "!", registerTown(operator, "一镇"));
        execute(operator, "~", registerTown(operator, "二镇"));
        execute(operator, "k".repeat(200), registerTown(operator, "三镇"));

        for (String refused : new String[] {"", "k".repeat(201), "two words", "del\u007f", "tab\t", "键"}) {
            assertThatThrownBy(() -> execute(operator, refused, registerTown(operator, "四镇")))
                    .as("key '%s'", refused).isInstanceOf(InvalidValueException.class)
                    .hasMessageStartingWith("Idempotency-Key:");
        }
        assertThat(runs).hasValue(3);
    }

    @Test
    void the_system_itself_keeps_no_keys_each_of_its_requests_runs_in_a_transaction_of_its_own() {
        var first = execute(SYSTEM, "same", registerTown(SYSTEM, "南翔镇党委"));
        var second = execute(SYSTEM, "same", registerTown(SYSTEM, "马陆镇党委"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.body()).isNotEqualTo(first.body());
        assertThat(runs).hasValue(2);
        assertThatThrownBy(() -> execute(SYSTEM, "same", () -> {
            registerTown(SYSTEM, "嘉定镇街道党工委").get();
            throw new IllegalStateException("the response could not be written");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(towns()).as("the failed request's town was rolled back").isEqualTo(2);
    }

    @Test
    void a_request_that_loses_the_race_for_its_key_rolls_its_work_back_and_replays_the_winners_response() {
        var winners = new StoredResponse(201, "the twin's town", Map.of());
        storage.twin = new IdempotencyRecord(operator.token(), "create-town-1", FINGERPRINT, NOW, winners);
        storage.keyTaken = true;

        var response = execute(operator, "create-town-1", registerTown(operator, "南翔镇党委"));

        assertThat(response).isEqualTo(winners);
        assertThat(runs).as("it runs first: a fresh key is the common case").hasValue(1);
        assertThat(storage.stores).as("its key is its last write, refused as taken").hasValue(1);
        assertThat(storage.looks).as("it looks only once its key was refused").hasValue(1);
        assertThat(towns()).as("its town was rolled back with the refused key").isZero();
    }

    @Test
    void a_request_that_fails_because_its_twin_succeeded_answers_as_the_twin_did() {
        var winners = new StoredResponse(201, "the twin's town", Map.of());
        storage.twin = new IdempotencyRecord(operator.token(), "create-town-1", FINGERPRINT, NOW, winners);

        var response = execute(operator, "create-town-1", () -> {
            runs.incrementAndGet();
            throw new IllegalStateException("the name is taken: by the twin, with the same key");
        });

        assertThat(response).isEqualTo(winners);
        assertThat(storage.looks).hasValue(1);
        assertThatThrownBy(() -> execute(operator, "another-key", () -> {
            throw new IllegalStateException("a failure of its own");
        })).as("without a twin the failure is the answer").isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_request_whose_twins_answer_never_shows_tries_fifty_times_then_is_told_to_retry() {
        storage.keyTaken = true;

        assertThatThrownBy(() -> execute(operator, "create-town-1", registerTown(operator, "南翔镇党委")))
                .isInstanceOfSatisfying(IdempotentRequestInProgressException.class,
                        e -> assertThat(e.code()).isEqualTo("idempotent-request-in-progress"));
        assertThat(storage.stores).as("fifty tries, each refused").hasValue(50);
        assertThat(storage.looks).as("a look before each try after the first").hasValue(49);
        assertThat(clock.pauses).as("20 ms apart, none after the last").hasSize(48).containsOnly(Duration.ofMillis(20));
        assertThat(towns()).as("every try rolled back").isZero();
    }

    @Test
    void a_request_interrupted_while_it_waits_for_its_twin_gives_up_at_once_and_keeps_the_interrupt() {
        storage.keyTaken = true;

        Thread.currentThread().interrupt();
        assertThatThrownBy(() -> execute(operator, "create-town-1", registerTown(operator, "南翔镇党委")))
                .isInstanceOf(IdempotentRequestInProgressException.class);

        assertThat(Thread.interrupted()).as("the thread is still interrupted").isTrue();
        assertThat(storage.stores).as("the second try comes without waiting, then it gives up").hasValue(2);
        assertThat(storage.looks).hasValue(1);
    }

    /**
     * The in-memory store, where a twin request may hold a key: while {@link #keyTaken} is set, every store of a
     * key fails as the store's unique key would make it; a look finds {@link #twin}'s record, where there is one.
     */
    private static final class TwinRacingStorage extends DelegatingStorage {

        volatile IdempotencyRecord twin;
        volatile boolean keyTaken;
        final AtomicInteger stores = new AtomicInteger();
        final AtomicInteger looks = new AtomicInteger();
        private final IdempotencyRecords records = new IdempotencyRecords() {

            @Override
            public Optional<IdempotencyRecord> find(ApiTokenId token, String key) {
                looks.incrementAndGet();
                return twin != null && twin.key().equals(key) ? Optional.of(twin)
                        : delegate.idempotencyRecords().find(token, key);
            }

            @Override
            public void store(IdempotencyRecord answered) {
                stores.incrementAndGet();
                if (keyTaken) {
                    throw new KeyAlreadyClaimedException();
                }
                delegate.idempotencyRecords().store(answered);
            }
        };

        TwinRacingStorage() {
            super(new MemoryStorage());
        }

        @Override
        public IdempotencyRecords idempotencyRecords() {
            return records;
        }
    }

    /** A storage that hands every repository of another one out as it is. */
    private abstract static class DelegatingStorage implements Storage {

        final Storage delegate;

        DelegatingStorage(Storage delegate) {
            this.delegate = delegate;
        }

        @Override
        public org.ronghe.application.shared.port.out.Transactions transactions() {
            return delegate.transactions();
        }

        @Override
        public org.ronghe.application.organization.port.out.Organizations organizations() {
            return delegate.organizations();
        }

        @Override
        public org.ronghe.application.access.port.out.ApiTokens apiTokens() {
            return delegate.apiTokens();
        }

        @Override
        public org.ronghe.application.audit.port.out.AuditTrail auditTrail() {
            return delegate.auditTrail();
        }

        @Override
        public IdempotencyRecords idempotencyRecords() {
            return delegate.idempotencyRecords();
        }

        @Override
        public org.ronghe.application.area.port.out.Areas areas() {
            return delegate.areas();
        }

        @Override
        public org.ronghe.application.committee.port.out.Committees committees() {
            return delegate.committees();
        }

        @Override
        public org.ronghe.application.project.port.out.DomainProjects domainProjects() {
            return delegate.domainProjects();
        }

        @Override
        public org.ronghe.application.meeting.port.out.Meetings meetings() {
            return delegate.meetings();
        }

        @Override
        public org.ronghe.application.task.port.out.FollowUpTasks followUpTasks() {
            return delegate.followUpTasks();
        }

        @Override
        public org.ronghe.application.activity.port.out.Activities activities() {
            return delegate.activities();
        }

        @Override
        public org.ronghe.application.targetsystem.port.out.TargetSystems targetSystems() {
            return delegate.targetSystems();
        }

        @Override
        public org.ronghe.application.grid.port.out.GridPlans gridPlans() {
            return delegate.gridPlans();
        }

        @Override
        public org.ronghe.application.cases.port.out.CityCases cityCases() {
            return delegate.cityCases();
        }

        @Override
        public org.ronghe.application.cases.port.out.CasePolicies casePolicies() {
            return delegate.casePolicies();
        }

        @Override
        public org.ronghe.application.cases.port.out.ShortBoardProblems shortBoardProblems() {
            return delegate.shortBoardProblems();
        }

        @Override
        public void close() {
            delegate.close();
        }
    }
}
