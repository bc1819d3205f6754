package org.ronghe.application.cases.port.in;

import java.util.Map;

import org.ronghe.domain.cases.CasePolicy;

/** The case policy with each category's department named. */
public record CasePolicyView(CasePolicy.State policy, Map<String, String> departmentNames) {

    public CasePolicyView {
        departmentNames = Map.copyOf(departmentNames);
    }
}
