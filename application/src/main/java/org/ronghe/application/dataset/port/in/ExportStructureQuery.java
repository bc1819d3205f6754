package org.ronghe.application.dataset.port.in;

import org.ronghe.application.shared.port.Caller;

/** Export the whole structure as one document (ADMIN); importing it into an empty store rebuilds it. */
public interface ExportStructureQuery {

    StructureDocument export(Caller caller);
}
