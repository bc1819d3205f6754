package org.ronghe.application.storage;

import org.ronghe.application.organization.port.out.Organizations;
import org.ronghe.application.shared.port.out.Transactions;

/** One opened store: the repositories of every aggregate and the transactions that span them. */
public interface Storage extends AutoCloseable {

    Transactions transactions();

    Organizations organizations();

    /** Releases connections and files; the storage is unusable afterwards. */
    @Override
    void close();
}
