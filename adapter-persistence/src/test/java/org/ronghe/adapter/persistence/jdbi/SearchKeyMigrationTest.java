package org.ronghe.adapter.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.application.storage.StorageSettings;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.meeting.Meeting;
import org.ronghe.domain.meeting.MeetingCriteria;
import org.ronghe.domain.meeting.MeetingId;
import org.ronghe.domain.meeting.MeetingMechanism;
import org.ronghe.domain.meeting.Slot;
import org.ronghe.domain.organization.OrganizationCriteria;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.organization.OrganizationKind;
import org.ronghe.domain.organization.OrganizationScope;
import org.ronghe.domain.project.Commitment;
import org.ronghe.domain.project.CoOrganization;
import org.ronghe.domain.project.DomainCode;
import org.ronghe.domain.project.DomainProject;
import org.ronghe.domain.project.Mechanism;
import org.ronghe.domain.project.ProjectCriteria;
import org.ronghe.domain.project.ProjectId;
import org.ronghe.domain.project.Signatory;
import org.ronghe.domain.shared.BilingualName;
import org.ronghe.domain.shared.NameSearch;
import org.ronghe.domain.task.FollowUpTask;
import org.ronghe.domain.task.TaskCriteria;
import org.ronghe.domain.task.TaskId;

/**
 * A store written before lists were searched in the store (schema 21): the migration gives every
 * organization, committee, task, meeting and project its search key from what it holds, and makes rows of
 * a meeting's invitations and a project's parties, so that the search and a town's scope find what was
 * there before.
 */
class SearchKeyMigrationTest {

    private static final Instant NOW = Instant.parse("2023-04-04T02:00:00Z");

    @TempDir
    Path directory;

    private final OrganizationId district = new OrganizationId(UUID.randomUUID());
    private final OrganizationId town = new OrganizationId(UUID.randomUUID());
    private final OrganizationId village = new OrganizationId(UUID.randomUUID());
    private final OrganizationId transport = new OrganizationId(UUID.randomUUID());
    private final CommitteeId committee = new CommitteeId(UUID.randomUUID());

    @Test
    void rows_stored_before_the_search_are_found_by_name_and_by_a_towns_scope() throws Exception {
        String url = "jdbc:h2:file:" + directory.resolve("old") + ";WRITE_DELAY=0";
        var dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .javaMigrations(JdbiStorageProvider.javaMigrations())
                .target("21").load().migrate();
        var meeting = Meeting.schedule(new MeetingId(UUID.randomUUID()), MeetingMechanism.SPECIAL_DELIBERATION,
                "停车难议事会", committee, new Slot(NOW, NOW.plusSeconds(3600), "会议室"), Set.of(village), NOW).meeting();
        var task = FollowUpTask.create(new TaskId(UUID.randomUUID()), meeting.getId(), 1, committee,
                MeetingMechanism.SPECIAL_DELIBERATION, "错时共享车位", transport, Set.of(village), LocalDate.of(2023, 1, 1),
                LocalDate.of(2023, 6, 30), NOW).task();
        var project = DomainProject.propose(new ProjectId(UUID.randomUUID()), new DomainCode("road"),
                BilingualName.of("路域党建", "Road Party Building"),
                new DomainProject.Parties(new Signatory(district, OrganizationKind.DISTRICT_PARTY_COMMITTEE),
                        new Signatory(transport, OrganizationKind.DEPARTMENT_PARTY_BODY)),
                List.of(new CoOrganization(village, "示范路段")), new Mechanism("党组书记", "主任", List.of()), Set.of(),
                Set.of(), List.of(new Commitment(1, "示范路段", LocalDate.of(2023, 12, 31))), NOW).project();
        try (var connection = DriverManager.getConnection(url)) {
            write(connection, meeting, task, project);
        }

        JdbiStorageProvider.migrate(dataSource);

        try (var storage = new JdbiStorageProvider().open(StorageSettings.of(url))) {
            var townScope = new OrganizationScope(town, Set.of(town, village));
            assertThat(storage.organizations().find(new OrganizationCriteria(null, null, null,
                    new NameSearch("nanxiang"), null), PageRequest.first()).items()).singleElement()
                    .satisfies(o -> assertThat(o.getId()).isEqualTo(town));
            assertThat(storage.meetings().find(new MeetingCriteria(null, null, null, null, null,
                    new NameSearch("停车"), townScope), PageRequest.first()).items()).singleElement()
                    .satisfies(m -> assertThat(m.getId()).isEqualTo(meeting.getId()));
            assertThat(storage.followUpTasks().all(new TaskCriteria(null, null, null, null, false, null,
                    new NameSearch("车位"), townScope))).singleElement()
                    .satisfies(t -> assertThat(t.getId()).isEqualTo(task.getId()));
            assertThat(storage.domainProjects().find(new ProjectCriteria(null, null, null, null,
                    new NameSearch("road party"), townScope), PageRequest.first()).items()).singleElement()
                    .satisfies(p -> assertThat(p.getId()).isEqualTo(project.getId()));
            assertThat(storage.committees().find(new org.ronghe.domain.committee.CommitteeCriteria(null, null, null,
                    null, null, new NameSearch("推进")), PageRequest.first()).totalItems()).isEqualTo(1);
        }
    }

    private void write(Connection connection, Meeting meeting, FollowUpTask task, DomainProject project)
            throws Exception {
        try (var statement = connection.createStatement()) {
            statement.execute("SET REFERENTIAL_INTEGRITY FALSE");
            statement.execute("INSERT INTO organization (id, kind, name_zh, name_en, name_key, parent_key, status,"
                    + " registered_at, version) VALUES "
                    + "('" + district.value() + "', 'DISTRICT_PARTY_COMMITTEE', '区委', null, '区委', '', 'ACTIVE', "
                    + "TIMESTAMP WITH TIME ZONE '2023-01-01 00:00:00+00', 1),"
                    + "('" + town.value() + "', 'TOWN_PARTY_COMMITTEE', '南翔镇党委', 'Nanxiang Town', '南翔镇党委', '', "
                    + "'ACTIVE', TIMESTAMP WITH TIME ZONE '2023-01-02 00:00:00+00', 1),"
                    + "('" + village.value() + "', 'VILLAGE_RESIDENTIAL_PARTY_ORGANIZATION', '北管村', null, '北管村', '', "
                    + "'ACTIVE', TIMESTAMP WITH TIME ZONE '2023-01-03 00:00:00+00', 1),"
                    + "('" + transport.value() + "', 'DEPARTMENT_PARTY_BODY', '区交通委党组', null, '区交通委党组', '', "
                    + "'ACTIVE', TIMESTAMP WITH TIME ZONE '2023-01-04 00:00:00+00', 1)");
            statement.execute("INSERT INTO fusion_committee (id, tier, name_zh, planned_on, version) VALUES ('"
                    + committee.value() + "', 'DISTRICT_PROMOTION', '嘉定新城融合型党建推进委员会', DATE '2022-03-01', 1)");
            try (var insert = connection.prepareStatement("INSERT INTO meeting (id, mechanism, host_committee_id, status,"
                    + " start_at, details, version) VALUES (?, ?, ?, ?, ?, ?, 1)")) {
                insert.setObject(1, meeting.getId().value());
                insert.setString(2, meeting.mechanism().name());
                insert.setObject(3, committee.value());
                insert.setString(4, "SCHEDULED");
                insert.setObject(5, NOW.atOffset(java.time.ZoneOffset.UTC));
                insert.setString(6, JsonDocuments.write(meeting.state()));
                insert.execute();
            }
            try (var insert = connection.prepareStatement("INSERT INTO follow_up_task (id, meeting_id, resolution,"
                    + " host_committee_id, assignee_id, status, due_on, pending_due_on, details, version)"
                    + " VALUES (?, ?, 1, ?, ?, 'OPEN', ?, ?, ?, 1)")) {
                insert.setObject(1, task.getId().value());
                insert.setObject(2, meeting.getId().value());
                insert.setObject(3, committee.value());
                insert.setObject(4, transport.value());
                insert.setObject(5, LocalDate.of(2023, 6, 30));
                insert.setObject(6, LocalDate.of(2023, 6, 30));
                insert.setString(7, JsonDocuments.write(task.state()));
                insert.execute();
            }
            statement.execute("INSERT INTO task_co_assignee (task_id, organization_id) VALUES ('" + task.getId().value()
                    + "', '" + village.value() + "')");
            statement.execute("INSERT INTO project_domain (code, name_zh) VALUES ('road', '路域')");
            try (var insert = connection.prepareStatement("INSERT INTO domain_project (id, domain_code, title_zh, title_en,"
                    + " flag_bearer_id, principal_id, status, details, version) VALUES (?, 'road', ?, ?, ?, ?, 'PROPOSED', ?, 1)")) {
                insert.setObject(1, project.getId().value());
                insert.setString(2, project.title().zh());
                insert.setString(3, project.title().en());
                insert.setObject(4, transport.value());
                insert.setObject(5, district.value());
                insert.setString(6, JdbiDomainProjects.write(project.state()));
                insert.execute();
            }
            statement.execute("SET REFERENTIAL_INTEGRITY TRUE");
        }
    }
}
