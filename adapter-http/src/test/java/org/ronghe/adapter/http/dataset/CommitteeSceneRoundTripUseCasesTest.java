package org.ronghe.adapter.http.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.ronghe.adapter.http.dataset.StructureDocuments.Imported;
import org.ronghe.adapter.persistence.usecases.JiadingCommitteeScene;
import org.ronghe.adapter.persistence.usecases.OnMemory;
import org.ronghe.application.organization.port.in.OrganizationView;
import org.ronghe.application.shared.port.Page;
import org.ronghe.domain.committee.MembershipRole;
import org.ronghe.domain.organization.OrganizationCriteria;

import org.junit.jupiter.api.Test;

/** The whole structure leaves one store as a document and enters an empty one unchanged. */
class CommitteeSceneRoundTripUseCasesTest {

    @Test
    void the_jiading_structure_exported_from_one_store_imports_into_an_empty_one() {
        try (var jiading = new JiadingCommitteeScene(); var empty = new OnMemory()) {
            var promotion = jiading.promotion(LocalDate.of(2022, 3, 1));
            jiading.admit(promotion, jiading.district, MembershipRole.LEAD, LocalDate.of(2022, 3, 1));
            jiading.ximenCommittee(LocalDate.of(2022, 4, 1));

            var document = new StructureDocuments(jiading.ronghe).export(OnMemory.ADMIN);
            var imported = new StructureDocuments(empty.ronghe).importStructure(OnMemory.ADMIN, document);

            assertThat(imported).isEqualTo(new Imported(7, 1, 2));
            assertThat(Page.every(page -> empty.ronghe.organizations().queries().organizations(OrganizationCriteria.all(),
                    page))).extracting(OrganizationView::name).containsExactlyInAnyOrder("中共上海市嘉定区委员会",
                            "嘉定镇街道党工委", "新成路街道党工委", "马陆镇党委", "区文化旅游局党委", "区交通委党组", "上海某研究院");
            assertThat(empty.ronghe.areas().queries().areas()).singleElement()
                    .satisfies(area -> assertThat(area.name()).isEqualTo("西门历史文化街区"));
        }
    }
}
