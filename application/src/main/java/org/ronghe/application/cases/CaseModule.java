package org.ronghe.application.cases;

import org.ronghe.application.cases.port.in.CaseCommands;
import org.ronghe.application.cases.port.in.CaseQueries;
import org.ronghe.application.cases.port.out.CasePolicies;
import org.ronghe.application.cases.port.out.CityCases;
import org.ronghe.application.cases.port.out.ShortBoardProblems;
import org.ronghe.application.cases.service.CaseAudit;
import org.ronghe.application.cases.service.CaseQueryService;
import org.ronghe.application.cases.service.CaseService;
import org.ronghe.application.committee.port.in.CommitteeQueries;
import org.ronghe.application.grid.port.in.GridQueries;
import org.ronghe.application.organization.port.out.Organizations;
import org.ronghe.application.shared.service.Platform;
import org.ronghe.domain.cases.CasePolicy;
import org.ronghe.domain.cases.CityCase;
import org.ronghe.domain.cases.ShortBoardProblem;

/**
 * City signals handled in a closed loop (数治闭环管理): signals taken in and routed to the grids by their point,
 * cases moved through their loop by town and department, escalated as their limits pass.
 */
public record CaseModule(CaseCommands commands, CaseQueries queries) {

    public static CaseModule on(CityCases cases, CasePolicies policies, ShortBoardProblems problems,
            Organizations organizations, GridQueries grids, CommitteeQueries committees, Platform platform) {
        var descriptions = CaseAudit.descriptions();
        return new CaseModule(new CaseService(cases, policies,
                new CaseService.References(organizations, grids, committees),
                platform.writes("case", cases, CityCase::version, descriptions),
                platform.writes("case policy", policies, CasePolicy::version, descriptions),
                new CaseService.ShortBoards(problems, platform.writes("short-board problem", problems,
                        ShortBoardProblem::version, descriptions))),
                new CaseQueryService(cases, policies, problems, organizations, grids, committees, platform.clock()));
    }
}
