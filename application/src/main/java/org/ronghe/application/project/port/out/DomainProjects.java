package org.ronghe.application.project.port.out;

import java.util.List;
import java.util.Optional;

import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.application.shared.port.out.AggregateRepository;
import org.ronghe.domain.project.DomainCode;
import org.ronghe.domain.project.DomainDefinition;
import org.ronghe.domain.project.DomainProject;
import org.ronghe.domain.project.ProjectCriteria;
import org.ronghe.domain.project.ProjectId;

/** All domain projects, and the domain catalogue. Implementations must pass the adapter contract kit. */
public interface DomainProjects extends AggregateRepository<DomainProject, ProjectId> {


    /** Matching projects ordered by domain code, then id. */
    Page<DomainProject> find(ProjectCriteria criteria, PageRequest page);

    Optional<DomainDefinition> findDomain(DomainCode code);

    /** @throws org.ronghe.domain.project.DomainAlreadyListedException if the code is listed already */
    void addDomain(DomainDefinition domain);

    /** The catalogue, by code. */
    List<DomainDefinition> domains();
}
