package org.ronghe.domain.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.organization.OrganizationKind;
import org.ronghe.domain.organization.OrganizationScope;
import org.ronghe.domain.shared.BilingualName;
import org.ronghe.domain.shared.NameSearch;

/**
 * Which projects a listing selects: the road project of the transport commission (in progress, its first commitment
 * due at the end of 2022 and not done), the business-district project of the market supervision bureau (signed, due
 * mid-2023) and the river project of the transport commission (only proposed).
 */
@DisplayName("Listing domain projects by domain, flag-bearer, status and risk")
class ProjectCriteriaTest {

    private static final Instant NOW = Instant.parse("2023-04-04T02:00:00Z");
    private static final LocalDate SIGNED = LocalDate.of(2022, 2, 15);

    private final Signatory district = new Signatory(id(), OrganizationKind.DISTRICT_PARTY_COMMITTEE);
    private final Signatory transport = new Signatory(id(), OrganizationKind.DEPARTMENT_PARTY_BODY);
    private final Signatory marketSupervision = new Signatory(id(), OrganizationKind.DEPARTMENT_PARTY_BODY);

    private final DomainProject road = project("road", "路域党建", transport, LocalDate.of(2022, 12, 31));
    private final DomainProject businessDistrict = project("business-district", "商圈党建", marketSupervision,
            LocalDate.of(2023, 6, 30));
    private final DomainProject river = project("river", "河域党建", transport, LocalDate.of(2023, 12, 31));
    private final List<DomainProject> catalogue = List.of(road, businessDistrict, river);

    ProjectCriteriaTest() {
        road.sign(Set.of(district.organization(), transport.organization()), SIGNED, NOW);
        road.start(SIGNED, NOW);
        businessDistrict.sign(Set.of(district.organization(), marketSupervision.organization()), SIGNED, NOW);
    }

    private static OrganizationId id() {
        return new OrganizationId(UUID.randomUUID());
    }

    private DomainProject project(String domain, String title, Signatory flagBearer, LocalDate due) {
        return DomainProject.propose(new ProjectId(UUID.randomUUID()), new DomainCode(domain), BilingualName.of(title, "river".equals(domain) ? "River Basin Party Building" : null),
                new DomainProject.Parties(district, flagBearer), List.of(), new Mechanism("党组书记", "领域党建办公室主任", List.of()),
                Set.of(), Set.of(), List.of(new Commitment(1, "建成" + title + "示范点", due)), NOW).project();
    }

    private List<DomainProject> listed(ProjectCriteria criteria) {
        return catalogue.stream().filter(criteria::matches).toList();
    }

    @Test
    void a_listing_without_criteria_selects_every_project() {
        assertThat(listed(ProjectCriteria.all())).containsExactly(road, businessDistrict, river);
    }

    @Test
    void a_listing_by_domain_selects_the_projects_of_that_domain_only() {
        assertThat(listed(new ProjectCriteria(new DomainCode("road"), null, null, null))).containsExactly(road);
        assertThat(listed(new ProjectCriteria(new DomainCode("grid"), null, null, null))).isEmpty();
    }

    @Test
    void a_listing_by_flag_bearer_selects_the_projects_it_carries() {
        assertThat(listed(new ProjectCriteria(null, transport.organization(), null, null))).containsExactly(road, river);
        assertThat(listed(new ProjectCriteria(null, marketSupervision.organization(), null, null)))
                .containsExactly(businessDistrict);
        assertThat(listed(new ProjectCriteria(null, district.organization(), null, null))).as("the principal carries none")
                .isEmpty();
    }

    @Test
    void a_listing_by_status_selects_the_projects_in_that_status() {
        assertThat(listed(new ProjectCriteria(null, null, ProjectStatus.IN_PROGRESS, null))).containsExactly(road);
        assertThat(listed(new ProjectCriteria(null, null, ProjectStatus.SIGNED, null))).containsExactly(businessDistrict);
        assertThat(listed(new ProjectCriteria(null, null, ProjectStatus.COMPLETED, null))).isEmpty();
    }

    @Test
    void a_listing_of_projects_at_risk_selects_those_with_a_commitment_overdue_on_that_day() {
        assertThat(listed(new ProjectCriteria(null, null, null, LocalDate.of(2022, 12, 31)))).as("due that day, not late")
                .isEmpty();
        assertThat(listed(new ProjectCriteria(null, null, null, LocalDate.of(2023, 1, 1)))).containsExactly(road);
        assertThat(listed(new ProjectCriteria(null, null, null, LocalDate.of(2023, 7, 1))))
                .containsExactly(road, businessDistrict);
        assertThat(listed(new ProjectCriteria(null, null, null, LocalDate.of(2024, 1, 1))))
                .as("a proposed project is never at risk").containsExactly(road, businessDistrict);
    }

    @Test
    void criteria_combine_and_a_project_is_listed_only_when_it_meets_them_all() {
        assertThat(listed(new ProjectCriteria(null, transport.organization(), ProjectStatus.PROPOSED, null)))
                .containsExactly(river);
        assertThat(listed(new ProjectCriteria(new DomainCode("road"), null, ProjectStatus.SIGNED, null))).isEmpty();
        assertThat(listed(new ProjectCriteria(new DomainCode("business-district"), marketSupervision.organization(),
                ProjectStatus.SIGNED, LocalDate.of(2023, 1, 1)))).as("not yet at risk").isEmpty();
    }

    @Test
    void a_search_lists_the_projects_whose_title_in_either_language_contains_it() {
        assertThat(listed(new ProjectCriteria(null, null, null, null, new NameSearch("河域"), null))).containsExactly(river);
        assertThat(listed(new ProjectCriteria(null, null, null, null, new NameSearch("RIVER basin"), null)))
                .as("the English title").containsExactly(river);
        assertThat(listed(new ProjectCriteria(null, null, null, null, new NameSearch("党建"), null)))
                .containsExactly(road, businessDistrict, river);
    }

    @Test
    void a_scope_lists_the_projects_anyone_in_it_takes_part_in_as_flag_bearer_principal_or_co_organization() {
        var street = id();
        var town = id();
        var withTheStreet = DomainProject.propose(new ProjectId(UUID.randomUUID()), new DomainCode("street"),
                BilingualName.of("街区党建", null), new DomainProject.Parties(district, marketSupervision),
                List.of(new CoOrganization(street, "街区共建")), new Mechanism("党组书记", "主任", List.of()), Set.of(),
                Set.of(), List.of(new Commitment(1, "共建", LocalDate.of(2023, 6, 30))), NOW).project();
        var all = List.of(road, businessDistrict, river, withTheStreet);
        assertThat(all.stream().filter(new ProjectCriteria(null, null, null, null, null,
                new OrganizationScope(town, Set.of(town, street)))::matches)).containsExactly(withTheStreet);
        assertThat(all.stream().filter(new ProjectCriteria(null, null, null, null, null,
                new OrganizationScope(transport.organization(), Set.of(transport.organization())))::matches))
                .containsExactly(road, river);
        assertThat(all.stream().filter(new ProjectCriteria(null, null, null, null, null,
                new OrganizationScope(district.organization(), Set.of(district.organization())))::matches))
                .as("the principal signs them all").containsExactlyElementsOf(all);
        assertThat(all.stream().filter(new ProjectCriteria(null, null, null, null, null,
                new OrganizationScope(town, Set.of(town)))::matches)).isEmpty();
    }
}
