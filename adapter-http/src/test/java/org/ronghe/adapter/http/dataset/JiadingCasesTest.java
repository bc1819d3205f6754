package org.ronghe.adapter.http.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The data set's case policy and cases are what {@link JiadingCases} generates from its grids. */
class JiadingCasesTest {

    private static final Path DATA_SET = Path.of("src/main/resources/org/ronghe/server/jiading-new-city.json");
    private static final ObjectMapper JSON = org.ronghe.adapter.http.support.Json.mapper();

    @Test
    void the_data_sets_case_policy_and_cases_are_what_the_generator_makes() throws IOException {
        ObjectNode document = (ObjectNode) JSON.readTree(Files.readString(DATA_SET, StandardCharsets.UTF_8));
        var policy = JSON.valueToTree(JiadingCases.policy());
        var cases = JSON.valueToTree(JiadingCases.generate(document.get("gridPlans")));

        if (Boolean.getBoolean("ronghe.writeDataSet")) {
            document.set("casePolicy", policy);
            document.set("cases", cases);
            Files.writeString(DATA_SET, JiadingGridsTest.write(document), StandardCharsets.UTF_8);
        }

        assertThat(document.get("casePolicy")).as("run with -Dronghe.writeDataSet=true to write it again")
                .isEqualTo(policy);
        assertThat(document.get("cases")).isEqualTo(cases);
    }
}
