package org.ronghe.domain.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ronghe.domain.shared.InvalidValueException;

/** How a project is named in requests (its id) and how the domain catalogue names its domains. */
@DisplayName("Project ids and the domain catalogue")
class ProjectIdAndDomainCatalogueTest {

    private final UUID uuid = UUID.fromString("6f1c1d9e-3b7a-4c2e-9a55-0d2f7e3b8c41");

    @Test
    void a_project_id_is_read_from_its_text_around_spaces_and_written_back_the_same() {
        var id = ProjectId.parse("projectId", " 6f1c1d9e-3b7a-4c2e-9a55-0d2f7e3b8c41 ");

        assertThat(id).isEqualTo(new ProjectId(uuid));
        assertThat(id.toString()).isEqualTo("6f1c1d9e-3b7a-4c2e-9a55-0d2f7e3b8c41");
    }

    @Test
    void text_that_is_no_project_id_is_refused_naming_the_field_of_the_request() {
        assertThatThrownBy(() -> ProjectId.parse("projectId", "road")).isInstanceOf(InvalidValueException.class)
                .hasMessage("projectId: is not a valid project id");
        assertThatThrownBy(() -> ProjectId.parse("projectId", null)).isInstanceOf(InvalidValueException.class)
                .hasMessage("projectId: is not a valid project id");
    }

    @Test
    void a_domain_code_is_lower_case_letters_digits_and_hyphens_and_reads_as_itself() {
        assertThat(new DomainCode("smart-road").toString()).isEqualTo("smart-road");
        assertThat(new DomainCode("grid").value()).isEqualTo("grid");
        assertThatThrownBy(() -> new DomainCode("Smart Road")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new DomainCode("g")).as("too short").isInstanceOf(InvalidValueException.class);
    }

    @Test
    void a_domain_listed_twice_in_the_catalogue_is_refused_naming_its_code() {
        var refusal = new DomainAlreadyListedException(new DomainCode("smart-road"));

        assertThat(refusal).hasMessage("the catalogue lists the domain smart-road already");
        assertThat(refusal.code()).isEqualTo("domain-already-listed");
    }
}
