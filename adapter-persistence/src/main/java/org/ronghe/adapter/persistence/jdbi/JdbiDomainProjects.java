package org.ronghe.adapter.persistence.jdbi;

import static org.ronghe.adapter.persistence.jdbi.JdbcValues.uuid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.ronghe.application.project.port.out.DomainProjects;
import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.domain.area.AreaId;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.project.CoOrganization;
import org.ronghe.domain.project.Comment;
import org.ronghe.domain.project.Commitment;
import org.ronghe.domain.project.CommitmentStatus;
import org.ronghe.domain.project.DomainAlreadyListedException;
import org.ronghe.domain.project.DomainCode;
import org.ronghe.domain.project.DomainDefinition;
import org.ronghe.domain.project.DomainProject;
import org.ronghe.domain.project.Mechanism;
import org.ronghe.domain.project.ProgressUpdate;
import org.ronghe.domain.project.ProjectCriteria;
import org.ronghe.domain.project.ProjectId;
import org.ronghe.domain.project.ProjectStatus;
import org.ronghe.domain.shared.BilingualName;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Domain projects: the columns listings filter on, and the collections as one JSON document. */
final class JdbiDomainProjects implements DomainProjects {

    /** The stored shape of the collections; kept apart from the domain types so either may change. */
    record Details(List<Co> coOrganizations, Mech mechanism, List<String> areas, List<String> committees,
            List<Promise> commitments, List<Report> progress, List<Remark> comments, String suspendedFrom,
            String statusReason) {
    }

    record Co(String organization, String part) {
    }

    record Mech(String commander, String coordinator, List<String> implementers) {
    }

    record Promise(int number, String deliverable, LocalDate dueOn) {
    }

    record Report(int commitment, String status, String note, String evidenceLink, LocalDate reportedOn,
            String reportedBy) {
    }

    record Remark(String author, String text, LocalDate on) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final JdbiTransactions transactions;

    JdbiDomainProjects(JdbiTransactions transactions) {
        this.transactions = transactions;
    }

    /** Everyone who takes part in a project: its flag bearer, its principal and its co-organizations, once each. */
    static java.util.Set<org.ronghe.domain.organization.OrganizationId> parties(DomainProject.State s) {
        var parties = new java.util.LinkedHashSet<org.ronghe.domain.organization.OrganizationId>();
        parties.add(s.flagBearer());
        parties.add(s.principal());
        s.coOrganizations().forEach(c -> parties.add(c.organization()));
        return parties;
    }

    @Override
    public Optional<DomainProject> findById(ProjectId id) {
        return transactions.withHandle(h -> h.createQuery("SELECT * FROM domain_project WHERE id = :id")
                .bind("id", id.value()).map((rs, ctx) -> map(rs)).findOne());
    }

    @Override
    public void add(DomainProject project) {
        var s = project.state();
        transactions.write(h -> {
            h.createUpdate("""
                    INSERT INTO domain_project (id, domain_code, title_zh, title_en, search_key, flag_bearer_id,
                        principal_id, status, signed_on, earliest_open_due_on, details, version)
                    VALUES (:id, :domain, :titleZh, :titleEn, :searchKey, :flagBearer, :principal, :status, :signedOn,
                        :dueOn, :details, 1)""")
                    .bind("id", s.id().value()).bind("domain", s.domain().value()).bind("titleZh", s.title().zh())
                    .bind("titleEn", s.title().en()).bind("searchKey", SearchKeys.of(s.title().zh(), s.title().en()))
                    .bind("flagBearer", s.flagBearer().value())
                    .bind("principal", s.principal().value()).bind("status", s.status().name())
                    .bind("signedOn", s.signedOn()).bind("dueOn", project.earliestOpenDueOn())
                    .bind("details", write(s)).execute();
            // the parties are fixed when the project is proposed: written once, with it
            var insert = h.prepareBatch("INSERT INTO project_party (project_id, organization_id) VALUES (:project, :organization)");
            for (var party : parties(s)) {
                insert.bind("project", s.id().value()).bind("organization", party.value()).add();
            }
            insert.execute();
            return null;
        });
        project.markStored(1);
    }

    @Override
    public void update(DomainProject project) {
        var s = project.state();
        VersionedUpdates.update(transactions, new VersionedUpdates.Head("domain_project", "project", project.getId(),
                s.id().value(), project.version()),
                "status = :status, signed_on = :signedOn, earliest_open_due_on = :dueOn, details = :details",
                u -> u.bind("status", s.status().name()).bind("signedOn", s.signedOn())
                        .bind("dueOn", project.earliestOpenDueOn()).bind("details", write(s)));
        project.markStored(project.version() + 1);
    }

    @Override
    public Page<DomainProject> find(ProjectCriteria criteria, PageRequest page) {
        var filter = SqlWhere.filter()
                .when(criteria.domain(), "domain_code = :domain", "domain", v -> v.value())
                .when(criteria.flagBearer(), "flag_bearer_id = :flagBearer", "flagBearer", v -> v.value())
                .when(criteria.status(), "status = :status", "status", Enum::name)
                .when(criteria.atRiskOn(), "earliest_open_due_on < :atRiskOn", "atRiskOn", v -> v)
                .when(criteria.title(), SearchKeys.condition("search_key"), "q", SearchKeys::pattern)
                .when(criteria.involving(), scope -> "id IN (SELECT project_id FROM project_party WHERE organization_id IN ("
                        + SearchKeys.literals(scope) + "))")
                .build();
        String where = filter.sql();
        Map<String, Object> arguments = filter.arguments();
        return transactions.withHandle(h -> {
            long total = h.createQuery("SELECT COUNT(*) FROM domain_project" + where).bindMap(arguments)
                    .mapTo(Long.class).one();
            List<DomainProject> items = h.createQuery("SELECT * FROM domain_project" + where
                    + " ORDER BY domain_code, id LIMIT :limit OFFSET :offset").bindMap(arguments)
                    .bind("limit", page.size()).bind("offset", page.offset())
                    .map((rs, ctx) -> map(rs)).list();
            return new Page<>(items, page.page(), page.size(), total);
        });
    }

    @Override
    public Optional<DomainDefinition> findDomain(DomainCode code) {
        return transactions.withHandle(h -> h.createQuery("SELECT * FROM project_domain WHERE code = :code")
                .bind("code", code.value()).map((rs, ctx) -> domain(rs)).findOne());
    }

    @Override
    public void addDomain(DomainDefinition domain) {
        try {
            transactions.write(h -> h.createUpdate(
                    "INSERT INTO project_domain (code, name_zh, name_en) VALUES (:code, :zh, :en)")
                    .bind("code", domain.code().value()).bind("zh", domain.name().zh()).bind("en", domain.name().en())
                    .execute());
        } catch (UnableToExecuteStatementException e) {
            throw SqlStates.isUniqueViolation(e) ? new DomainAlreadyListedException(domain.code()) : e;
        }
    }

    @Override
    public List<DomainDefinition> domains() {
        return transactions.withHandle(h -> h.createQuery("SELECT * FROM project_domain ORDER BY code")
                .map((rs, ctx) -> domain(rs)).list());
    }

    private static DomainDefinition domain(ResultSet rs) throws SQLException {
        return new DomainDefinition(new DomainCode(rs.getString("code")),
                BilingualName.of(rs.getString("name_zh"), rs.getString("name_en")));
    }

    static String write(DomainProject.State s) {
        var details = new Details(
                s.coOrganizations().stream().map(c -> new Co(c.organization().toString(), c.part())).toList(),
                new Mech(s.mechanism().commander(), s.mechanism().coordinator(), s.mechanism().implementers()),
                s.areas().stream().map(Object::toString).sorted().toList(),
                s.committees().stream().map(Object::toString).sorted().toList(),
                s.commitments().stream().map(c -> new Promise(c.number(), c.deliverable(), c.dueOn())).toList(),
                s.progress().stream().map(p -> new Report(p.commitment(), p.status().name(), p.note(), p.evidenceLink(),
                        p.reportedOn(), p.reportedBy().toString())).toList(),
                s.comments().stream().map(c -> new Remark(c.author().toString(), c.text(), c.on())).toList(),
                s.suspendedFrom() == null ? null : s.suspendedFrom().name(), s.statusReason());
        try {
            return JSON.writeValueAsString(details);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The co-organizations a stored project's details name (for V22, which makes every party a row). */
    static List<OrganizationId> coOrganizations(String details) {
        try {
            return JSON.readValue(details, Details.class).coOrganizations().stream()
                    .map(c -> organization(c.organization())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("stored project details do not read back", e);
        }
    }

    private static DomainProject map(ResultSet rs) throws SQLException {
        Details d;
        try {
            d = JSON.readValue(rs.getString("details"), Details.class);
        } catch (IOException e) {
            throw new UncheckedIOException("stored project details do not read back", e);
        }
        Date signedOn = rs.getDate("signed_on");
        Set<AreaId> areas = d.areas().stream().map(a -> new AreaId(UUID.fromString(a))).collect(Collectors.toSet());
        Set<CommitteeId> committees = d.committees().stream().map(c -> new CommitteeId(UUID.fromString(c)))
                .collect(Collectors.toSet());
        return DomainProject.restore(new DomainProject.State(new ProjectId(uuid(rs, "id")),
                new DomainCode(rs.getString("domain_code")),
                BilingualName.of(rs.getString("title_zh"), rs.getString("title_en")),
                new OrganizationId(uuid(rs, "flag_bearer_id")), new OrganizationId(uuid(rs, "principal_id")),
                d.coOrganizations().stream().map(c -> new CoOrganization(organization(c.organization()), c.part()))
                        .toList(),
                new Mechanism(d.mechanism().commander(), d.mechanism().coordinator(), d.mechanism().implementers()),
                areas, committees,
                d.commitments().stream().map(c -> new Commitment(c.number(), c.deliverable(), c.dueOn())).toList(),
                ProjectStatus.valueOf(rs.getString("status")),
                d.suspendedFrom() == null ? null : ProjectStatus.valueOf(d.suspendedFrom()), d.statusReason(),
                signedOn == null ? null : signedOn.toLocalDate(),
                d.progress().stream().map(p -> new ProgressUpdate(p.commitment(), CommitmentStatus.valueOf(p.status()),
                        p.note(), p.evidenceLink(), p.reportedOn(), organization(p.reportedBy()))).toList(),
                d.comments().stream().map(c -> new Comment(organization(c.author()), c.text(), c.on())).toList(),
                rs.getLong("version")));
    }

    private static OrganizationId organization(String text) {
        return new OrganizationId(UUID.fromString(text));
    }
}
