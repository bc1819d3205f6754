package org.ronghe.adapter.persistence.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

import org.ronghe.application.Ronghe;
import org.ronghe.application.area.port.in.DefineAreaCommand;
import org.ronghe.application.committee.port.in.CommitteeChange;
import org.ronghe.application.committee.port.in.CommitteeCommands;
import org.ronghe.application.committee.port.in.PlanCommitteeCommand;
import org.ronghe.application.organization.port.in.OrganizationCommands;
import org.ronghe.application.organization.port.in.RegisterOrganizationCommand;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.application.storage.Storage;
import org.ronghe.application.storage.StorageProvider;
import org.ronghe.application.storage.StorageSettings;
import org.ronghe.domain.area.AreaLayout;
import org.ronghe.domain.committee.Chair;
import org.ronghe.domain.committee.CommitteeTier;
import org.ronghe.domain.committee.MembershipRole;
import org.ronghe.domain.shared.BilingualName;

import org.junit.jupiter.api.Test;

/** The README's embedding example, word for word, so that it keeps compiling and working. */
class EmbeddingExampleTest {

    @Test
    void the_readme_example_builds_an_established_area_committee_with_the_town_as_its_lead() {
        var printed = new ByteArrayOutputStream();
        PrintStream console = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            // --- README example begins
            try (Storage storage = StorageProvider.openFirstAccepting(StorageSettings.of("memory:"))) {
                Ronghe ronghe = Ronghe.on(storage); // one module per context: commands() and queries()
                Caller admin = Caller.system("embedding example"); // who acts: for authorization and the audit trail
                OrganizationCommands organizations = ronghe.organizations().commands();
                var district = organizations.register(admin, RegisterOrganizationCommand
                        .parse("DISTRICT_PARTY_COMMITTEE", "中共上海市嘉定区委员会", null, null, "嘉定区"));
                var town = organizations.register(admin, RegisterOrganizationCommand
                        .parse("TOWN_PARTY_COMMITTEE", "嘉定镇街道党工委", null, district.id().toString(), null));
                var ximen = ronghe.areas().commands().define(admin, new DefineAreaCommand(AreaLayout.AREA,
                        BilingualName.of("西门历史文化街区", "Ximen"), Set.of(town.id())));
                CommitteeCommands committees = ronghe.committees().commands();
                committees.plan(admin, new PlanCommitteeCommand(CommitteeTier.DISTRICT_PROMOTION,
                        BilingualName.of("嘉定新城融合型党建推进委员会", null), null, null, LocalDate.of(2021, 6, 1)));
                var committee = committees.plan(admin, new PlanCommitteeCommand(CommitteeTier.AREA,
                        BilingualName.of("西门历史文化街区片区融委会", null), null, ximen.id(), LocalDate.of(2022, 3, 1)));
                // every change names the version it was decided on: a stale one is refused (StaleVersionException)
                committee = committees.change(admin, new CommitteeChange.AppointChair(committee.id(),
                        committee.version(), new Chair("张某", "街道党工委书记"), LocalDate.of(2022, 3, 1)));
                committee = committees.change(admin, new CommitteeChange.AdmitMember(committee.id(),
                        committee.version(), town.id(), MembershipRole.LEAD, LocalDate.of(2022, 3, 1)));
                committee = committees.change(admin, new CommitteeChange.Establish(committee.id(),
                        committee.version(), LocalDate.of(2022, 6, 30)));
                var seats = ronghe.committees().queries().seatsOf(town.id(), LocalDate.of(2022, 7, 1));
                System.out.println(committee.status() + " " + seats.get(0).committeeName() + " " + seats.get(0).role());
                // prints: ESTABLISHED 西门历史文化街区片区融委会 LEAD
            }
            // --- README example ends
        } finally {
            System.setOut(console);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo("ESTABLISHED 西门历史文化街区片区融委会 LEAD"
                + System.lineSeparator());
    }

    @Test
    void the_readme_holds_this_example_word_for_word() throws IOException {
        assertThat(javaBlockUnder("## Embedding Ronghe", Files.readString(Path.of("../README.md"))))
                .isEqualTo(exampleInThisTest());
    }

    private static String exampleInThisTest() throws IOException {
        String source = Files.readString(Path.of("src/test/java", EmbeddingExampleTest.class.getName()
                .replace('.', '/') + ".java"));
        String begins = "// --- README example begins\n";
        int start = source.indexOf(begins) + begins.length();
        int end = source.lastIndexOf("\n", source.indexOf("// --- README example ends"));
        return source.substring(start, end).stripIndent(); // no trailing line break: it would count as indent 0
    }

    private static String javaBlockUnder(String heading, String readme) {
        int section = readme.indexOf("\n" + heading);
        assertThat(section).as("README section " + heading).isNotNegative();
        int start = readme.indexOf("```java\n", section) + "```java\n".length();
        return readme.substring(start, readme.indexOf("\n```\n", start)).stripIndent();
    }
}
