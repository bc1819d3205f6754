package org.ronghe.adapter.http.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The grids of the demo data set are what {@link JiadingGrids} generates: nobody edits 2,294 boundaries by
 * hand, and a change of the generator shows here until the data set is written again
 * ({@code -Dronghe.writeDataSet=true}).
 */
class JiadingGridsTest {

    /** The module's folder is the working directory of its tests. */
    private static final Path DATA_SET = Path.of("src/main/resources/org/ronghe/server/jiading-new-city.json");
    private static final ObjectMapper JSON = org.ronghe.adapter.http.support.Json.mapper();

    private static boolean generated(JsonNode organization) {
        return organization.get("key").asText().contains("-village-");
    }

    @Test
    void the_data_sets_grids_and_the_village_organizations_answering_for_them_are_what_the_generator_makes()
            throws IOException {
        ObjectNode document = (ObjectNode) JSON.readTree(Files.readString(DATA_SET, StandardCharsets.UTF_8));
        Map<String, List<String>> villagesAlready = new LinkedHashMap<>();
        List<JsonNode> kept = new ArrayList<>();
        for (JsonNode organization : document.get("organizations")) {
            if (generated(organization)) {
                continue;
            }
            kept.add(organization);
            if (organization.get("kind").asText().equals("VILLAGE_RESIDENTIAL_PARTY_ORGANIZATION")) {
                villagesAlready.computeIfAbsent(organization.get("parent").asText(), town -> new ArrayList<>())
                        .add(organization.get("key").asText());
            }
        }
        var generated = JiadingGrids.generate(villagesAlready);
        ArrayNode organizations = JSON.createArrayNode();
        kept.forEach(organizations::add);
        generated.organizations().forEach(o -> organizations.add(JSON.valueToTree(o)));
        JsonNode plans = JSON.valueToTree(generated.plans());

        if (Boolean.getBoolean("ronghe.writeDataSet")) {
            document.set("organizations", organizations);
            document.set("gridPlans", plans);
            Files.writeString(DATA_SET, write(document), StandardCharsets.UTF_8);
        }

        assertThat(document.get("organizations")).isEqualTo(organizations);
        assertThat(document.get("gridPlans")).as("run with -Dronghe.writeDataSet=true to write them again")
                .isEqualTo(plans);
    }

    /** As the data set was written: one space of indentation, every value on a line of its own. */
    static String write(JsonNode document) throws IOException {
        var printer = new DefaultPrettyPrinter(new Separators().withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("").withArrayEmptySeparator(""))
                .withObjectIndenter(new DefaultIndenter(" ", "\n"))
                .withArrayIndenter(new DefaultIndenter(" ", "\n"));
        return JSON.writer(printer).writeValueAsString(document) + "\n";
    }

    @Test
    void the_data_set_reads_back_as_it_was_written() throws IOException {
        String text = Files.readString(DATA_SET, StandardCharsets.UTF_8);

        assertThat(write(JSON.readTree(text))).isEqualTo(text);
    }
}
