package org.ronghe.application.project.service;

import org.ronghe.application.organization.port.out.Organizations;
import org.ronghe.application.project.port.in.ProjectChange;
import org.ronghe.application.project.port.in.ProjectCommands;
import org.ronghe.application.project.port.in.ProjectView;
import org.ronghe.application.project.port.in.ProposeProjectCommand;
import org.ronghe.application.project.port.out.DomainProjects;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.application.shared.service.AggregateWrites;
import org.ronghe.domain.access.ProjectStewardship;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.project.DomainAdded;
import org.ronghe.domain.project.DomainDefinition;
import org.ronghe.domain.project.DomainProject;
import org.ronghe.domain.project.ProjectId;
import org.ronghe.domain.project.Signatory;
import org.ronghe.domain.shared.UnknownReferenceException;

import org.jmolecules.event.types.DomainEvent;

/** Proposes projects, moves them through their lives, keeps the domain catalogue; every write audited. */
public record ProjectService(DomainProjects projects, Organizations organizations,
        AggregateWrites<DomainProject, ProjectId> writes) implements ProjectCommands {

    @Override
    public DomainDefinition addDomain(Caller caller, DomainDefinition domain) {
        ProjectStewardship.requireMayActForPrincipal(caller.actor());
        writes.audited(caller, () -> {
            projects.addDomain(domain);
            return new DomainAdded(domain, writes.now());
        });
        return domain;
    }

    @Override
    public ProjectView propose(Caller caller, ProposeProjectCommand command) {
        ProjectStewardship.requireMayActForPrincipal(caller.actor());
        return writes.create(caller, () -> {
            if (projects.findDomain(command.domain()).isEmpty()) {
                throw new UnknownReferenceException("domain", "domain", command.domain());
            }
            var flagBearer = signatory("flagBearerId", command.flagBearerId());
            for (var co : command.coOrganizations()) {
                signatory("coOrganizations", co.organization());
            }
            var proposal = DomainProject.propose(new ProjectId(writes.newId()), command.domain(), command.title(),
                    new DomainProject.Parties(principal(), flagBearer), command.coOrganizations(), command.mechanism(),
                    command.areas(), command.committees(), command.commitments(), writes.now());
            return new AggregateWrites.Created<>(proposal.project(), proposal.event());
        }, this::view);
    }

    @Override
    public ProjectView change(Caller caller, ProjectChange change) {
        return writes.change(caller, change.id(), change.expectedVersion(), project -> apply(caller, project, change),
                this::view);
    }

    private DomainEvent apply(Caller caller, DomainProject project, ProjectChange change) {
        var actor = caller.actor();
        var now = writes.now();
        if (change instanceof ProjectChange.Sign sign) {
            ProjectStewardship.requireMayActForPrincipal(actor);
            return project.sign(sign.signatories(), sign.on(), now);
        }
        if (change instanceof ProjectChange.Start start) {
            ProjectStewardship.requireMayCarryOut(actor, project);
            return project.start(start.on(), now);
        }
        if (change instanceof ProjectChange.ReportProgress report) {
            ProjectStewardship.requireMayCarryOut(actor, project);
            OrganizationId reporter = actor.organization() != null ? actor.organization() : project.principal();
            return project.reportProgress(report.commitment(), report.status(), report.note(), report.evidenceLink(),
                    report.on(), reporter, now);
        }
        if (change instanceof ProjectChange.AddComment comment) {
            ProjectStewardship.requireMayComment(actor, project);
            OrganizationId author = actor.organization() != null ? actor.organization() : project.principal();
            return project.comment(author, comment.text(), comment.on(), now);
        }
        if (change instanceof ProjectChange.Complete complete) {
            ProjectStewardship.requireMayCarryOut(actor, project);
            return project.complete(complete.on(), now);
        }
        if (change instanceof ProjectChange.Suspend suspend) {
            ProjectStewardship.requireMayActForPrincipal(actor);
            return project.suspend(suspend.reason(), suspend.on(), now);
        }
        if (change instanceof ProjectChange.Resume resume) {
            ProjectStewardship.requireMayActForPrincipal(actor);
            return project.resume(resume.on(), now);
        }
        var cancel = (ProjectChange.Cancel) change;
        ProjectStewardship.requireMayActForPrincipal(actor);
        return project.cancel(cancel.reason(), cancel.on(), now);
    }

    private Signatory signatory(String field, OrganizationId id) {
        var organization = organizations.findById(id).orElseThrow(() -> new UnknownReferenceException(field,
                "organization", id));
        return new Signatory(id, organization.kind());
    }

    /** The principal of every agreement: the live district party committee (one per store). */
    private Signatory principal() {
        var district = organizations.liveDistrictPartyCommittee().orElseThrow(() -> new UnknownReferenceException(
                "principal", "the district party committee", "(none registered)"));
        return new Signatory(district.getId(), district.kind());
    }

    private ProjectView view(DomainProject project) {
        return ProjectView.of(project, writes.today());
    }
}
