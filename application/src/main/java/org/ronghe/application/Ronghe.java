package org.ronghe.application;

import java.util.Objects;

import org.ronghe.application.access.port.in.AuthenticateUseCase;
import org.ronghe.application.access.port.in.BootstrapTokenUseCase;
import org.ronghe.application.access.port.in.IssueTokenUseCase;
import org.ronghe.application.access.port.in.RevokeTokenUseCase;
import org.ronghe.application.access.port.in.TokenQueries;
import org.ronghe.application.access.service.AuthenticationService;
import org.ronghe.application.access.service.BootstrapTokenService;
import org.ronghe.application.access.service.IssueTokenService;
import org.ronghe.application.access.service.RevokeTokenService;
import org.ronghe.application.access.service.TokenCache;
import org.ronghe.application.access.service.TokenQueryService;
import org.ronghe.application.area.port.in.AreaQueries;
import org.ronghe.application.area.port.in.DefineAreaUseCase;
import org.ronghe.application.area.service.AreaQueryService;
import org.ronghe.application.area.service.DefineAreaService;
import org.ronghe.application.audit.port.in.AuditQueries;
import org.ronghe.application.audit.service.AuditQueryService;
import org.ronghe.application.audit.service.Auditor;
import org.ronghe.application.committee.port.in.AdmitMemberUseCase;
import org.ronghe.application.committee.port.in.AdoptRulesUseCase;
import org.ronghe.application.committee.port.in.AppointChairUseCase;
import org.ronghe.application.committee.port.in.ChangeMemberRoleUseCase;
import org.ronghe.application.committee.port.in.CommitteeQueries;
import org.ronghe.application.committee.port.in.DissolveCommitteeUseCase;
import org.ronghe.application.committee.port.in.EndMembershipUseCase;
import org.ronghe.application.committee.port.in.EstablishCommitteeUseCase;
import org.ronghe.application.committee.port.in.PlanCommitteeUseCase;
import org.ronghe.application.committee.port.in.StructureQueries;
import org.ronghe.application.committee.service.CommitteeQueryService;
import org.ronghe.application.committee.service.StructureQueryService;
import org.ronghe.application.committee.service.CommitteeService;
import org.ronghe.application.dataset.port.in.ExportStructureQuery;
import org.ronghe.application.dataset.port.in.ImportStructureUseCase;
import org.ronghe.application.dataset.service.StructureDocumentService;
import org.ronghe.application.idempotency.port.in.IdempotentExecution;
import org.ronghe.application.idempotency.service.IdempotentExecutionService;
import org.ronghe.application.meeting.port.in.ChangeMeetingUseCase;
import org.ronghe.application.meeting.port.in.ChangeTaskUseCase;
import org.ronghe.application.meeting.port.in.CreateTaskUseCase;
import org.ronghe.application.meeting.port.in.MeetingQueries;
import org.ronghe.application.activity.port.in.ActivityQueries;
import org.ronghe.application.activity.port.in.RecordActivityUseCase;
import org.ronghe.application.activity.port.in.WithdrawActivityUseCase;
import org.ronghe.application.activity.service.ActivityService;
import org.ronghe.application.meeting.port.in.ScheduleMeetingUseCase;
import org.ronghe.application.meeting.service.MeetingQueryService;
import org.ronghe.application.meeting.service.MeetingService;
import org.ronghe.application.organization.port.in.MoveOrganizationUseCase;
import org.ronghe.application.organization.port.in.OrganizationQueries;
import org.ronghe.application.organization.port.in.RegisterOrganizationUseCase;
import org.ronghe.application.organization.port.in.RenameOrganizationUseCase;
import org.ronghe.application.organization.port.in.RetireOrganizationUseCase;
import org.ronghe.application.organization.service.MoveOrganizationService;
import org.ronghe.application.organization.service.OrganizationQueryService;
import org.ronghe.application.organization.service.RegisterOrganizationService;
import org.ronghe.application.organization.service.RenameOrganizationService;
import org.ronghe.application.organization.service.RetireOrganizationService;
import org.ronghe.application.project.port.in.AddDomainUseCase;
import org.ronghe.application.project.port.in.ChangeProjectUseCase;
import org.ronghe.application.project.port.in.ProjectQueries;
import org.ronghe.application.project.port.in.ProposeProjectUseCase;
import org.ronghe.application.project.service.ProjectQueryService;
import org.ronghe.application.project.service.ProjectService;
import org.ronghe.application.shared.port.out.Clock;
import org.ronghe.application.shared.port.out.IdSource;
import org.ronghe.application.storage.Storage;
import org.ronghe.application.targetsystem.port.in.AddIndicatorUseCase;
import org.ronghe.application.targetsystem.port.in.DefineTargetSystemUseCase;
import org.ronghe.application.targetsystem.port.in.ReportReadingUseCase;
import org.ronghe.application.targetsystem.port.in.TargetSystemQueries;
import org.ronghe.application.targetsystem.service.TargetSystemService;

/**
 * The application assembled on one storage: every use case, ready to call. This is the entry point
 * for teams that embed Ronghe; the HTTP server is built on it too. Every use case takes a
 * {@link org.ronghe.application.shared.port.Caller}: who acts, for authorization and the audit trail.
 */
public final class Ronghe {

    /**
     * How long a node trusts a token it authenticated when other processes share the database: a
     * revocation made on another node reaches this one within this time (docs/adr/0008).
     */
    public static final java.time.Duration SHARED_TOKEN_TTL = java.time.Duration.ofSeconds(1);
    /** The same for a store only this process opens: every revocation happens here and evicts at once. */
    public static final java.time.Duration LOCAL_TOKEN_TTL = java.time.Duration.ofMinutes(1);

    private final RegisterOrganizationUseCase registerOrganization;
    private final RenameOrganizationUseCase renameOrganization;
    private final MoveOrganizationUseCase moveOrganization;
    private final RetireOrganizationUseCase retireOrganization;
    private final OrganizationQueries organizationQueries;
    private final IssueTokenUseCase issueToken;
    private final RevokeTokenUseCase revokeToken;
    private final TokenQueries tokenQueries;
    private final AuthenticateUseCase authenticate;
    private final BootstrapTokenUseCase bootstrapToken;
    private final AuditQueries auditQueries;
    private final IdempotentExecution idempotentExecution;
    private final DefineAreaUseCase defineArea;
    private final AreaQueries areaQueries;
    private final CommitteeService committeeService;
    private final CommitteeQueries committeeQueries;
    private final StructureQueries structureQueries;
    private final StructureDocumentService structureDocuments;
    private final ProjectService projectService;
    private final ProjectQueries projectQueries;
    private final MeetingService meetingService;
    private final MeetingQueries meetingQueries;
    private final ActivityService activityService;
    private final TargetSystemService targetSystemService;

    private final Storage storage;

    private Ronghe(Storage storage, Clock clock, IdSource ids) {
        Objects.requireNonNull(storage, "storage");
        this.storage = storage;
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(ids, "ids");
        var organizations = storage.organizations();
        var tokens = storage.apiTokens();
        var transactions = storage.transactions();
        var auditor = new Auditor(storage.auditTrail(), clock, ids);
        this.registerOrganization = new RegisterOrganizationService(organizations, transactions, auditor, clock, ids);
        this.renameOrganization = new RenameOrganizationService(organizations, transactions, auditor, clock);
        this.moveOrganization = new MoveOrganizationService(organizations, transactions, auditor, clock);
        this.retireOrganization = new RetireOrganizationService(organizations, transactions, auditor, clock);
        this.organizationQueries = new OrganizationQueryService(organizations);
        this.issueToken = new IssueTokenService(tokens, organizations, transactions, auditor, clock, ids);
        var tokenCache = TokenCache.of(storage.sharedAcrossProcesses() ? SHARED_TOKEN_TTL : LOCAL_TOKEN_TTL);
        this.revokeToken = new RevokeTokenService(tokens, transactions, auditor, clock, tokenCache);
        this.tokenQueries = new TokenQueryService(tokens);
        this.authenticate = new AuthenticationService(tokens, tokenCache);
        this.bootstrapToken = new BootstrapTokenService(tokens, transactions, auditor, clock, ids);
        this.auditQueries = new AuditQueryService(storage.auditTrail());
        this.idempotentExecution = new IdempotentExecutionService(storage.idempotencyRecords(), transactions, clock);
        this.defineArea = new DefineAreaService(storage.areas(), organizations, transactions, auditor, clock, ids);
        this.areaQueries = new AreaQueryService(storage.areas());
        this.committeeService = new CommitteeService(storage.committees(), storage.areas(), organizations, transactions,
                auditor, clock, ids);
        this.committeeQueries = new CommitteeQueryService(storage.committees(), clock);
        this.structureQueries = new StructureQueryService(storage.committees(), storage.areas(), organizations, clock);
        this.projectService = new ProjectService(storage.domainProjects(), organizations, transactions, auditor, clock,
                ids);
        this.projectQueries = new ProjectQueryService(storage.domainProjects(), organizations, clock);
        this.meetingService = new MeetingService(storage.meetings(), storage.followUpTasks(), storage.committees(),
                organizations, transactions, auditor, clock, ids);
        this.meetingQueries = new MeetingQueryService(storage.meetings(), storage.followUpTasks(), storage.committees(), clock);
        this.activityService = new ActivityService(storage.activities(), storage.committees(), organizations,
                transactions, auditor, clock, ids);
        this.targetSystemService = new TargetSystemService(storage.targetSystems(),
                new TargetSystemService.References(organizations, storage.areas(), storage.committees(),
                        storage.domainProjects(), storage.meetings(), storage.followUpTasks()),
                transactions, auditor, clock, ids);
        this.structureDocuments = new StructureDocumentService(new StructureDocumentService.UseCases(
                registerOrganization, organizationQueries, defineArea, areaQueries, committeeService, committeeService,
                committeeService, committeeService, committeeService, committeeService, committeeService,
                committeeQueries, projectService, projectService, projectService, projectQueries, meetingService,
                meetingService, meetingService, meetingService, meetingQueries, activityService, activityService,
                activityService, targetSystemService, targetSystemService, targetSystemService, targetSystemService,
                retireOrganization), transactions);
    }

    /** The application on the given storage, with the system clock and time-ordered (version 7) ids. */
    public static Ronghe on(Storage storage) {
        return new Ronghe(storage, Clock.system(), IdSource.timeOrdered());
    }

    /** The application with a clock and id source of your own (tests, data sets, simulations). */
    public static Ronghe on(Storage storage, Clock clock, IdSource ids) {
        return new Ronghe(storage, clock, ids);
    }

    public RegisterOrganizationUseCase registerOrganization() {
        return registerOrganization;
    }

    public RenameOrganizationUseCase renameOrganization() {
        return renameOrganization;
    }

    public MoveOrganizationUseCase moveOrganization() {
        return moveOrganization;
    }

    public RetireOrganizationUseCase retireOrganization() {
        return retireOrganization;
    }

    public OrganizationQueries organizationQueries() {
        return organizationQueries;
    }

    public IssueTokenUseCase issueToken() {
        return issueToken;
    }

    public RevokeTokenUseCase revokeToken() {
        return revokeToken;
    }

    public TokenQueries tokenQueries() {
        return tokenQueries;
    }

    public AuthenticateUseCase authenticate() {
        return authenticate;
    }

    public BootstrapTokenUseCase bootstrapToken() {
        return bootstrapToken;
    }

    public AuditQueries auditQueries() {
        return auditQueries;
    }

    public IdempotentExecution idempotentExecution() {
        return idempotentExecution;
    }

    public DefineAreaUseCase defineArea() {
        return defineArea;
    }

    public AreaQueries areaQueries() {
        return areaQueries;
    }

    public PlanCommitteeUseCase planCommittee() {
        return committeeService;
    }

    public EstablishCommitteeUseCase establishCommittee() {
        return committeeService;
    }

    public AppointChairUseCase appointChair() {
        return committeeService;
    }

    public AdmitMemberUseCase admitMember() {
        return committeeService;
    }

    public ChangeMemberRoleUseCase changeMemberRole() {
        return committeeService;
    }

    public EndMembershipUseCase endMembership() {
        return committeeService;
    }

    public AdoptRulesUseCase adoptRules() {
        return committeeService;
    }

    public DissolveCommitteeUseCase dissolveCommittee() {
        return committeeService;
    }

    public CommitteeQueries committeeQueries() {
        return committeeQueries;
    }

    public StructureQueries structureQueries() {
        return structureQueries;
    }

    public AddDomainUseCase addDomain() {
        return projectService;
    }

    public ProposeProjectUseCase proposeProject() {
        return projectService;
    }

    public ChangeProjectUseCase changeProject() {
        return projectService;
    }

    public ProjectQueries projectQueries() {
        return projectQueries;
    }

    public ScheduleMeetingUseCase scheduleMeeting() {
        return meetingService;
    }

    public ChangeMeetingUseCase changeMeeting() {
        return meetingService;
    }

    public CreateTaskUseCase createTask() {
        return meetingService;
    }

    public ChangeTaskUseCase changeTask() {
        return meetingService;
    }

    public MeetingQueries meetingQueries() {
        return meetingQueries;
    }

    public RecordActivityUseCase recordActivity() {
        return activityService;
    }

    public WithdrawActivityUseCase withdrawActivity() {
        return activityService;
    }

    public ActivityQueries activityQueries() {
        return activityService;
    }

    public DefineTargetSystemUseCase defineTargetSystem() {
        return targetSystemService;
    }

    public AddIndicatorUseCase addIndicator() {
        return targetSystemService;
    }

    public ReportReadingUseCase reportReading() {
        return targetSystemService;
    }

    public TargetSystemQueries targetSystemQueries() {
        return targetSystemService;
    }

    public ImportStructureUseCase importStructure() {
        return structureDocuments;
    }

    public ExportStructureQuery exportStructure() {
        return structureDocuments;
    }

    /** Whether the store answers now; for health checks (never throws). */
    public boolean storageReachable() {
        return storage.reachable();
    }
}
