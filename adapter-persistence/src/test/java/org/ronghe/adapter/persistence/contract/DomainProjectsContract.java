package org.ronghe.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.domain.organization.Organization;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.organization.OrganizationKind;
import org.ronghe.domain.organization.OrganizationName;
import org.ronghe.domain.organization.OrganizationScope;
import org.ronghe.domain.organization.ProspectiveParent;
import org.ronghe.domain.organization.SiblingNames;
import org.ronghe.domain.project.CoOrganization;
import org.ronghe.domain.project.Commitment;
import org.ronghe.domain.project.CommitmentStatus;
import org.ronghe.domain.project.DomainAlreadyListedException;
import org.ronghe.domain.project.DomainCode;
import org.ronghe.domain.project.DomainDefinition;
import org.ronghe.domain.project.DomainProject;
import org.ronghe.domain.project.Mechanism;
import org.ronghe.domain.project.ProjectCriteria;
import org.ronghe.domain.project.ProjectId;
import org.ronghe.domain.project.ProjectStatus;
import org.ronghe.domain.project.Signatory;
import org.ronghe.domain.shared.BilingualName;
import org.ronghe.domain.shared.NameSearch;
import org.ronghe.domain.shared.StaleVersionException;

/** What every {@link org.ronghe.application.project.port.out.DomainProjects} must do. */
public abstract class DomainProjectsContract extends StorageContract {

    private static final Instant NOW = Instant.parse("2023-04-04T02:00:00Z");
    private static final LocalDate SIGNED = LocalDate.of(2022, 2, 15);
    private Organization district;
    private Organization transport;
    private Organization market;

    private Organization organization(OrganizationKind kind, String name, Organization parent) {
        var o = Organization.register(new OrganizationId(UUID.randomUUID()), kind, OrganizationName.of(name),
                parent == null ? null : ProspectiveParent.of(parent, List.of()), null, SiblingNames.none(), NOW)
                .organization();
        storage.organizations().add(o);
        return o;
    }

    @BeforeEach
    void catalogue() {
        district = organization(OrganizationKind.DISTRICT_PARTY_COMMITTEE, "区委", null);
        transport = organization(OrganizationKind.DEPARTMENT_PARTY_BODY, "区交通委党组", district);
        market = organization(OrganizationKind.DEPARTMENT_PARTY_BODY, "区市场监管局党委", district);
        storage.domainProjects().addDomain(new DomainDefinition(new DomainCode("road"), BilingualName.of("路域", "Road")));
        storage.domainProjects().addDomain(new DomainDefinition(new DomainCode("business-district"),
                BilingualName.of("商圈", null)));
    }

    private DomainProject propose(String domain, Organization flagBearer, LocalDate due) {
        var project = DomainProject.propose(new ProjectId(UUID.randomUUID()), new DomainCode(domain),
                BilingualName.of("项目 " + domain, null), new DomainProject.Parties(
                        new Signatory(district.getId(), district.kind()), new Signatory(flagBearer.getId(), flagBearer.kind())),
                List.of(new CoOrganization(market.getId() == flagBearer.getId() ? transport.getId() : market.getId(), "协同")),
                new Mechanism("党组书记", "办公室主任", List.of("示范路段")), Set.of(), Set.of(),
                List.of(new Commitment(1, "交付一", due), new Commitment(2, "交付二", due.plusMonths(6))), NOW).project();
        storage.domainProjects().add(project);
        return project;
    }

    @Test
    void the_catalogue_lists_each_code_once_in_code_order() {
        assertThat(storage.domainProjects().domains()).extracting(d -> d.code().value())
                .containsExactly("business-district", "road");
        assertThat(storage.domainProjects().findDomain(new DomainCode("road")).orElseThrow().name().en()).isEqualTo("Road");
        assertThatThrownBy(() -> storage.domainProjects().addDomain(new DomainDefinition(new DomainCode("road"),
                BilingualName.of("路域二", null)))).isInstanceOf(DomainAlreadyListedException.class);
    }

    @Test
    void a_project_with_its_agreement_progress_and_comments_reads_back_identically() {
        var project = propose("road", transport, LocalDate.of(2022, 12, 31));
        project.sign(Set.of(district.getId(), transport.getId()), SIGNED, NOW);
        storage.domainProjects().update(project);
        project.start(SIGNED, NOW);
        project.reportProgress(1, CommitmentStatus.IN_PROGRESS, "汇龙潭路段", "https://example.org/证据", SIGNED.plusDays(5),
                transport.getId(), NOW);
        project.comment(market.getId(), "建议联合执法", SIGNED.plusDays(6), NOW);
        storage.domainProjects().update(project);

        var read = storage.domainProjects().findById(project.getId()).orElseThrow();

        assertThat(read.state()).isEqualTo(project.state());
        assertThat(read.version()).isEqualTo(3);
    }

    @Test
    void a_stale_update_is_refused() {
        var project = propose("road", transport, LocalDate.of(2022, 12, 31));
        var stale = storage.domainProjects().findById(project.getId()).orElseThrow();
        project.sign(Set.of(district.getId(), transport.getId()), SIGNED, NOW);
        storage.domainProjects().update(project);

        stale.cancel("重复立项", SIGNED, NOW);
        assertThatThrownBy(() -> storage.domainProjects().update(stale)).isInstanceOf(StaleVersionException.class);
        assertThat(storage.domainProjects().findById(project.getId()).orElseThrow().status()).isEqualTo(ProjectStatus.SIGNED);
    }

    @Test
    void listings_filter_by_domain_flag_bearer_status_and_at_risk_day() {
        var road = propose("road", transport, LocalDate.of(2022, 12, 31));
        road.sign(Set.of(district.getId(), transport.getId()), SIGNED, NOW);
        storage.domainProjects().update(road);
        var business = propose("business-district", market, LocalDate.of(2023, 6, 30));
        business.sign(Set.of(district.getId(), market.getId()), SIGNED, NOW);
        storage.domainProjects().update(business);
        propose("road", transport, LocalDate.of(2021, 1, 1)); // proposed only: never at risk

        assertThat(storage.domainProjects().find(new ProjectCriteria(new DomainCode("road"), null, null, null),
                PageRequest.first()).totalItems()).isEqualTo(2);
        assertThat(storage.domainProjects().find(new ProjectCriteria(null, market.getId(), null, null),
                PageRequest.first()).items()).extracting(DomainProject::getId).containsExactly(business.getId());
        assertThat(storage.domainProjects().find(new ProjectCriteria(null, null, ProjectStatus.PROPOSED, null),
                PageRequest.first()).totalItems()).isEqualTo(1);
        assertThat(storage.domainProjects().find(new ProjectCriteria(null, null, null, LocalDate.of(2023, 4, 4)),
                PageRequest.first()).items()).extracting(DomainProject::getId).containsExactly(road.getId());
        assertThat(storage.domainProjects().find(new ProjectCriteria(null, null, null, LocalDate.of(2023, 7, 1)),
                PageRequest.first()).totalItems()).isEqualTo(2);
        assertThat(storage.domainProjects().find(ProjectCriteria.all(), PageRequest.first()).items())
                .extracting(p -> p.domain().value()).containsExactly("business-district", "road", "road");
    }

    @Test
    void listings_search_titles_in_either_language_and_keep_to_whom_takes_part() {
        var road = propose("road", transport, LocalDate.of(2022, 12, 31));
        var business = propose("business-district", market, LocalDate.of(2023, 6, 30));
        var other = organization(OrganizationKind.REGIONAL_UNIT, "某研究院", district);

        assertThat(projects(new ProjectCriteria(null, null, null, null, new NameSearch("business"), null)))
                .containsExactly(business.getId());
        assertThat(projects(new ProjectCriteria(null, null, null, null, new NameSearch("BUSINESS-District"), null)))
                .containsExactly(business.getId());
        assertThat(projects(new ProjectCriteria(null, null, null, null, null,
                new OrganizationScope(transport.getId(), Set.of(transport.getId())))))
                .as("the flag bearer of one, the co-organization of the other")
                .containsExactlyInAnyOrder(road.getId(), business.getId());
        assertThat(projects(new ProjectCriteria(null, null, null, null, new NameSearch("road"),
                new OrganizationScope(market.getId(), Set.of(market.getId()))))).containsExactly(road.getId());
        assertThat(projects(new ProjectCriteria(null, null, null, null, null,
                new OrganizationScope(other.getId(), Set.of(other.getId()))))).isEmpty();
    }

    private List<ProjectId> projects(ProjectCriteria criteria) {
        return storage.domainProjects().find(criteria, PageRequest.first()).items().stream().map(DomainProject::getId)
                .toList();
    }
}
