package org.ronghe.adapter.persistence.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ronghe.application.Ronghe;
import org.ronghe.application.organization.port.in.OrganizationView;
import org.ronghe.application.organization.port.in.RegisterOrganizationCommand;
import org.ronghe.application.organization.port.in.RenameOrganizationCommand;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.application.storage.Storage;
import org.ronghe.application.storage.StorageProvider;
import org.ronghe.application.storage.StorageSettings;
import org.ronghe.domain.organization.OrganizationName;

/** The README's embedding example, word for word, so that it keeps compiling and working. */
class EmbeddingExampleTest {

    @Test
    void the_readme_example_runs() {
        OrganizationView renamed;
        // --- README example begins
        try (Storage storage = StorageProvider.openFirstAccepting(StorageSettings.of("memory:"))) {
            Ronghe ronghe = Ronghe.on(storage);
            Caller admin = Caller.system("embedding example"); // who acts: for authorization and the audit trail
            OrganizationView district = ronghe.registerOrganization().register(admin, RegisterOrganizationCommand
                    .parse("DISTRICT_PARTY_COMMITTEE", "中共上海市嘉定区委员会", "Jiading District Party Committee", null, "嘉定区"));
            OrganizationView nanxiang = ronghe.registerOrganization().register(admin, RegisterOrganizationCommand
                    .parse("TOWN_PARTY_COMMITTEE", "南翔镇党委", null, district.id().toString(), "南翔镇"));
            renamed = ronghe.renameOrganization().rename(admin, new RenameOrganizationCommand(nanxiang.id(), nanxiang.version(),
                    OrganizationName.of("中共南翔镇委员会")));
        }
        // --- README example ends
        assertThat(renamed.name()).isEqualTo("中共南翔镇委员会");
        assertThat(renamed.version()).isEqualTo(2);
    }
}
