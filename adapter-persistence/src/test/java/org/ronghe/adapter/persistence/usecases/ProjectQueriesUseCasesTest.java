package org.ronghe.adapter.persistence.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ronghe.adapter.persistence.usecases.DomainProjectScene.RIVER;
import static org.ronghe.adapter.persistence.usecases.DomainProjectScene.ROAD;
import static org.ronghe.adapter.persistence.usecases.DomainProjectScene.TODAY;
import static org.ronghe.adapter.persistence.usecases.DomainProjectScene.due;

import java.time.LocalDate;

import org.ronghe.application.Ronghe;
import org.ronghe.application.project.port.in.ProjectChange;
import org.ronghe.application.project.port.in.ProjectQueries.DomainResponsibility;
import org.ronghe.application.project.port.in.ProjectQueries.FlagBearer;
import org.ronghe.application.project.port.in.ProjectQueries.OverdueCommitment;
import org.ronghe.application.project.port.in.ProjectQueries.ProjectSummary;
import org.ronghe.application.project.port.in.ProjectView.CommitmentView;
import org.ronghe.application.project.port.in.ProjectView;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.domain.project.CommitmentStatus;
import org.ronghe.domain.project.ProjectCriteria;
import org.ronghe.domain.project.ProjectStatus;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The responsibility views over Jiading's projects on 2023-04-04: the road project of the transport department
 * has one commitment late, one done and one not yet due; the river project of the market department has three
 * late; a second road project of the market department is only proposed.
 */
class ProjectQueriesUseCasesTest {

    private final DomainProjectScene scene = new DomainProjectScene();
    private final Ronghe ronghe = scene.ronghe;
    private ProjectView roads;
    private ProjectView rivers;
    private ProjectView markets;

    @AfterEach
    void close() {
        scene.close();
    }

    private void jiading() {
        roads = scene.inProgress(ROAD, "路域党建", scene.transport, due(1, "示范路段", LocalDate.of(2022, 12, 31)),
                due(2, "联合执法队", LocalDate.of(2023, 12, 31)), due(3, "路长制", LocalDate.of(2022, 6, 30)));
        var transport = scene.operatorOf(scene.transport);
        ronghe.projects().commands().change(transport, new ProjectChange.ReportProgress(roads.id(), 3,
                LocalDate.of(2022, 9, 1), 1, CommitmentStatus.IN_PROGRESS, "施工中", null));
        roads = ronghe.projects().commands().change(transport, new ProjectChange.ReportProgress(roads.id(), 4,
                LocalDate.of(2022, 6, 1), 3, CommitmentStatus.DONE, null, null));
        rivers = scene.inProgress(RIVER, "河域党建", scene.market, due(1, "河长制", LocalDate.of(2022, 12, 31)),
                due(2, "清河行动", LocalDate.of(2022, 12, 31)), due(3, "水质监测", LocalDate.of(2023, 3, 1)));
        markets = scene.propose(ROAD, "路域市场整治", scene.market, due(1, "摊点规范", LocalDate.of(2022, 12, 31)));
    }

    @Test
    void a_project_shows_each_commitment_with_its_status_and_how_many_days_it_is_late_on_the_day_asked() {
        jiading();

        var today = ronghe.projects().queries().project(roads.id(), null);

        assertThat(today.asOf()).isEqualTo(TODAY);
        assertThat(today.atRisk()).isTrue();
        assertThat(today.commitments()).containsExactly(
                new CommitmentView(1, "示范路段", LocalDate.of(2022, 12, 31), CommitmentStatus.IN_PROGRESS, true, 94),
                new CommitmentView(2, "联合执法队", LocalDate.of(2023, 12, 31), CommitmentStatus.NOT_STARTED, false, 0),
                new CommitmentView(3, "路长制", LocalDate.of(2022, 6, 30), CommitmentStatus.DONE, false, 0));
        assertThat(ronghe.projects().queries().project(roads.id(), LocalDate.of(2022, 12, 31)).commitments())
                .noneMatch(CommitmentView::overdue);
    }

    @Test
    void only_the_projects_at_risk_on_the_day_are_kept_when_asked() {
        jiading();

        var atRisk = ronghe.projects().queries().projects(ProjectCriteria.all(), true, null, PageRequest.first());
        var every = ronghe.projects().queries().projects(ProjectCriteria.all(), false, null, PageRequest.first());
        var atNewYear = ronghe.projects().queries().projects(new ProjectCriteria(null, scene.market.id(), null, null), true,
                LocalDate.of(2023, 1, 1), PageRequest.first());

        assertThat(atRisk.items()).extracting(ProjectView::id).containsExactlyInAnyOrder(roads.id(), rivers.id());
        assertThat(every.items()).extracting(ProjectView::id).containsExactlyInAnyOrder(roads.id(), rivers.id(),
                markets.id());
        assertThat(atNewYear.items()).extracting(ProjectView::id).containsExactly(rivers.id());
        assertThat(atNewYear.items()).allSatisfy(p -> assertThat(p.asOf()).isEqualTo(LocalDate.of(2023, 1, 1)));
    }

    @Test
    void the_responsibility_map_names_each_domain_and_flag_bearer_and_counts_commitments_by_status() {
        jiading();

        var map = ronghe.projects().queries().responsibilityMap(null);

        assertThat(map).extracting(DomainResponsibility::domain).containsExactlyInAnyOrder(ROAD, RIVER);
        var road = map.stream().filter(d -> d.domain().equals(ROAD)).findFirst().orElseThrow();
        assertThat(road.name()).isEqualTo("路域");
        assertThat(road.flagBearers()).extracting(FlagBearer::organization, FlagBearer::name).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(scene.transport.id(), "区交通委党组"),
                org.assertj.core.groups.Tuple.tuple(scene.market.id(), "区市场监管局党委"));
        var transport = road.flagBearers().stream().filter(f -> f.organization().equals(scene.transport.id()))
                .findFirst().orElseThrow();
        assertThat(transport.projects()).containsExactly(new ProjectSummary(roads.id(), "路域党建",
                ProjectStatus.IN_PROGRESS, true, 1, 1, 1, 1));
        var market = road.flagBearers().stream().filter(f -> f.organization().equals(scene.market.id())).findFirst()
                .orElseThrow();
        assertThat(market.projects()).containsExactly(new ProjectSummary(markets.id(), "路域市场整治",
                ProjectStatus.PROPOSED, false, 1, 0, 0, 0));
        var river = map.stream().filter(d -> d.domain().equals(RIVER)).findFirst().orElseThrow();
        assertThat(river.name()).isEqualTo("河域");
        assertThat(river.flagBearers()).singleElement().satisfies(f -> assertThat(f.projects()).containsExactly(
                new ProjectSummary(rivers.id(), "河域党建", ProjectStatus.IN_PROGRESS, true, 3, 0, 0, 3)));
    }

    @Test
    void overdue_commitments_come_latest_first_then_by_project_and_commitment() {
        jiading();

        var overdue = ronghe.projects().queries().overdueCommitments(null);

        assertThat(overdue).containsExactly(
                new OverdueCommitment(roads.id(), "路域党建", scene.transport.id(), "区交通委党组", 1, "示范路段", LocalDate.of(2022, 12, 31),
                        94),
                new OverdueCommitment(rivers.id(), "河域党建", scene.market.id(), "区市场监管局党委", 1, "河长制", LocalDate.of(2022, 12, 31),
                        94),
                new OverdueCommitment(rivers.id(), "河域党建", scene.market.id(), "区市场监管局党委", 2, "清河行动", LocalDate.of(2022, 12, 31),
                        94),
                new OverdueCommitment(rivers.id(), "河域党建", scene.market.id(), "区市场监管局党委", 3, "水质监测", LocalDate.of(2023, 3, 1),
                        34));
        assertThat(ronghe.projects().queries().overdueCommitments(LocalDate.of(2023, 1, 1))).extracting(
                OverdueCommitment::daysLate).containsExactly(1L, 1L, 1L);
    }
}
