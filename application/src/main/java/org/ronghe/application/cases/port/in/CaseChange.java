package org.ronghe.application.cases.port.in;

import java.util.List;

import org.ronghe.application.shared.port.CommandChecks;
import org.ronghe.domain.cases.CaseId;
import org.ronghe.domain.organization.OrganizationId;

/** A step of a case's loop, based on the version the caller read. */
public sealed interface CaseChange {

    CaseId id();

    long expectedVersion();

    private static void check(CaseId id, long expectedVersion) {
        CommandChecks.target(id, expectedVersion).throwIfAny();
    }

    /** The town files it (立案); a case outside every grid names the town it is filed to (the ADMIN only). */
    record File(CaseId id, long expectedVersion, OrganizationId town) implements CaseChange {
        public File {
            check(id, expectedVersion);
        }
    }

    /** Not a case (不予立案), with the reason. */
    record Invalidate(CaseId id, long expectedVersion, String reason) implements CaseChange {
        public Invalidate {
            check(id, expectedVersion);
        }
    }

    /** Sent to the category's department, or to the one named (after a return, say). */
    record Dispatch(CaseId id, long expectedVersion, OrganizationId department) implements CaseChange {
        public Dispatch {
            check(id, expectedVersion);
        }
    }

    record SignFor(CaseId id, long expectedVersion) implements CaseChange {
        public SignFor {
            check(id, expectedVersion);
        }
    }

    /** 退单: back to the dispatcher with the reason, within the time to sign for. */
    record Return(CaseId id, long expectedVersion, String reason) implements CaseChange {
        public Return {
            check(id, expectedVersion);
        }
    }

    record StartHandling(CaseId id, long expectedVersion) implements CaseChange {
        public StartHandling {
            check(id, expectedVersion);
        }
    }

    /** 处置反馈: what was done, with photos by reference. */
    record Respond(CaseId id, long expectedVersion, String answer, List<String> photos) implements CaseChange {
        public Respond {
            check(id, expectedVersion);
            photos = photos == null ? List.of() : List.copyOf(photos);
        }
    }

    /** On the spot, by someone other than the handler: passed, or failed with the finding. */
    record Verify(CaseId id, long expectedVersion, boolean passed, String finding) implements CaseChange {
        public Verify {
            check(id, expectedVersion);
        }
    }

    record Close(CaseId id, long expectedVersion) implements CaseChange {
        public Close {
            check(id, expectedVersion);
        }
    }

    /** An agreed extension: the case waits, its time not counting. */
    record Suspend(CaseId id, long expectedVersion, String reason) implements CaseChange {
        public Suspend {
            check(id, expectedVersion);
        }
    }

    record Resume(CaseId id, long expectedVersion) implements CaseChange {
        public Resume {
            check(id, expectedVersion);
        }
    }
}
