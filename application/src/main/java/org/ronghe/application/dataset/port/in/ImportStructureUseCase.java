package org.ronghe.application.dataset.port.in;

import org.ronghe.application.shared.port.Caller;

/** Import a whole structure document, all or nothing, through the use cases (ADMIN). */
public interface ImportStructureUseCase {

    record Imported(int organizations, int areas, int committees) {
    }

    /**
     * @throws org.ronghe.domain.shared.InvalidValueException for an unknown format or a dangling key
     * @throws org.ronghe.domain.shared.DomainException for any rule the data breaks (nothing is kept)
     */
    Imported importStructure(Caller caller, StructureDocument document);
}
