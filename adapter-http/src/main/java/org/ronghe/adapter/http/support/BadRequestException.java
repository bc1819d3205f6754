package org.ronghe.adapter.http.support;

import java.util.List;

import org.ronghe.domain.shared.FieldViolation;

/** A request the API cannot even read: malformed JSON, wrong JSON types, a bad header or parameter. */
public final class BadRequestException extends RuntimeException {

    private final int status;
    private final String code;
    private final List<FieldViolation> violations;

    public BadRequestException(int status, String code, String detail, List<FieldViolation> violations) {
        super(detail);
        this.status = status;
        this.code = code;
        this.violations = List.copyOf(violations);
    }

    public static BadRequestException malformed(String detail) {
        return new BadRequestException(400, "malformed-request", detail, List.of());
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
