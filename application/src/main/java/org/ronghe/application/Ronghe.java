package org.ronghe.application;

import java.util.Objects;

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
import org.ronghe.application.shared.port.out.Clock;
import org.ronghe.application.shared.port.out.IdSource;
import org.ronghe.application.storage.Storage;

/**
 * The application assembled on one storage: every use case, ready to call. This is the entry point
 * for teams that embed Ronghe; the HTTP server is built on it too.
 *
 * <pre>{@code
 * try (Storage storage = StorageProvider.openFirstAccepting(StorageSettings.of("memory:"))) {
 *     Ronghe ronghe = Ronghe.on(storage);
 *     OrganizationView district = ronghe.registerOrganization().register(RegisterOrganizationCommand
 *             .parse("DISTRICT_PARTY_COMMITTEE", "中共上海市嘉定区委员会", null, null, "嘉定区"));
 * }
 * }</pre>
 */
public final class Ronghe {

    private final RegisterOrganizationUseCase registerOrganization;
    private final RenameOrganizationUseCase renameOrganization;
    private final MoveOrganizationUseCase moveOrganization;
    private final RetireOrganizationUseCase retireOrganization;
    private final OrganizationQueries organizationQueries;

    private Ronghe(Storage storage, Clock clock, IdSource ids) {
        Objects.requireNonNull(storage, "storage");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(ids, "ids");
        var organizations = storage.organizations();
        var transactions = storage.transactions();
        this.registerOrganization = new RegisterOrganizationService(organizations, transactions, clock, ids);
        this.renameOrganization = new RenameOrganizationService(organizations, transactions, clock);
        this.moveOrganization = new MoveOrganizationService(organizations, transactions, clock);
        this.retireOrganization = new RetireOrganizationService(organizations, transactions, clock);
        this.organizationQueries = new OrganizationQueryService(organizations);
    }

    /** The application on the given storage, with the system clock and random ids. */
    public static Ronghe on(Storage storage) {
        return new Ronghe(storage, Clock.system(), IdSource.random());
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
}
