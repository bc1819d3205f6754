package org.ronghe.adapter.http.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ronghe.application.shared.port.Caller;
import org.ronghe.application.shared.port.StorageBusyException;
import org.ronghe.application.shared.port.StorageUnavailableException;
import org.ronghe.domain.access.AccessDeniedException;
import org.ronghe.domain.access.AuthenticationFailedException;
import org.ronghe.domain.shared.AggregateNotFoundException;
import org.ronghe.domain.shared.DomainException;
import org.ronghe.domain.shared.FieldViolation;
import org.ronghe.domain.shared.InvalidValueException;
import org.ronghe.domain.shared.RuleViolationException;
import org.ronghe.domain.shared.StaleVersionException;
import org.ronghe.domain.shared.UnknownPartException;
import org.ronghe.domain.shared.UnknownReferenceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;

/**
 * Every error the API gives is an RFC 9457 problem ({@code application/problem+json}) with a
 * stable {@code code}, the field errors where there are some, and the request id — and never a
 * stack trace, a class name or SQL.
 */
public final class Problems {

    public static final String CONTENT_TYPE = "application/problem+json";
    /** The request attribute holding the language its problems are written in ({@link Messages#negotiate}). */
    public static final String LANGUAGE = "ronghe.language";
    private static final Messages MESSAGES = Messages.catalogue();
    /** Long enough for a database restart, short enough for a person waiting. */
    public static final int STORAGE_RETRY_AFTER_SECONDS = 5;
    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    private Problems() {
    }

    /** Registers the mapping of every exception to a problem response. */
    public static void install(JavalinConfig config) {
        config.routes.exception(AuthenticationFailedException.class, (e, ctx) -> {
            LOG.warn("authentication failed: {} {} from {}: {} [{}]", ctx.method().name(),
                    RequestLog.printable(ctx.path()), ctx.ip(), e.reason(), RequestIds.of(ctx));
            ctx.header("WWW-Authenticate", "Bearer");
            write(ctx, 401, e.code(), e.getMessage(), List.of());
        });
        config.routes.exception(SignatureRejectedException.class, (e, ctx) -> {
            LOG.warn("signature rejected: {} {} from {}: {} [{}]", ctx.method().name(),
                    RequestLog.printable(ctx.path()), ctx.ip(), e.getMessage(), RequestIds.of(ctx));
            ctx.header("WWW-Authenticate", "X-Ronghe-Signature realm=\"sign-platform\"");
            write(ctx, 401, "signature-rejected", e.getMessage(), List.of());
        });
        config.routes.exception(AccessDeniedException.class, (e, ctx) -> {
            Caller caller = Callers.orNull(ctx);
            LOG.warn("denied: {} {} token={} organization={} role={}: {} [{}]", ctx.method().name(),
                    RequestLog.printable(ctx.path()), caller == null ? "-" : caller.token(),
                    caller == null ? "-" : caller.actor().organization(), caller == null ? "-" : caller.actor().role(),
                    e.getMessage(), RequestIds.of(ctx));
            write(ctx, 403, e.code(), e.getMessage(), List.of());
        });
        config.routes.exception(RateLimitedException.class, (e, ctx) -> {
            Caller caller = Callers.orNull(ctx);
            LOG.warn("rate limited: {} {} token={} [{}]", ctx.method().name(), RequestLog.printable(ctx.path()),
                    caller == null ? "-" : caller.token(), RequestIds.of(ctx));
            ctx.header("Retry-After", String.valueOf(e.retryAfterSeconds()));
            write(ctx, 429, "rate-limited", e.getMessage(), List.of());
        });
        config.routes.exception(ServerBusyException.class, (e, ctx) -> {
            // not logged one by one: under a burst there are thousands, each in the request log with its 429
            ctx.header("Retry-After", String.valueOf(e.retryAfterSeconds()));
            write(ctx, 429, "server-busy", e.getMessage(), List.of());
        });
        config.routes.exception(TooManyFailedAuthenticationsException.class, (e, ctx) -> {
            LOG.warn("refused: {} {} from {}: too many failed authentications [{}]", ctx.method().name(),
                    RequestLog.printable(ctx.path()), ctx.ip(), RequestIds.of(ctx));
            ctx.header("Retry-After", String.valueOf(e.retryAfterSeconds()));
            write(ctx, 429, "too-many-failed-authentications", e.getMessage(), List.of());
        });
        config.routes.exception(BadRequestException.class, (e, ctx) ->
                write(ctx, e.status(), e.code(), e.getMessage(), e.violations()));
        config.routes.exception(InvalidValueException.class, (e, ctx) ->
                write(ctx, 400, e.code(), "the request has invalid values", e.violations()));
        config.routes.exception(UnknownReferenceException.class, (e, ctx) ->
                write(ctx, 422, e.code(), e.getMessage(), List.of(new FieldViolation(e.field(), "does not exist"))));
        config.routes.exception(UnknownPartException.class, (e, ctx) ->
                write(ctx, 422, e.code(), e.getMessage(), List.of(new FieldViolation(e.field(), "does not exist"))));
        config.routes.exception(AggregateNotFoundException.class, (e, ctx) ->
                write(ctx, 404, e.code(), e.getMessage(), List.of()));
        config.routes.exception(StaleVersionException.class, (e, ctx) ->
                write(ctx, 412, e.code(), e.getMessage() + "; read it again and retry", List.of()));
        config.routes.exception(org.ronghe.domain.grid.GridPlanRefusedException.class, (e, ctx) ->
                write(ctx, 422, e.code(), e.getMessage(), List.of(), Map.of("problems", e.problems().stream()
                        .map(p -> gridProblem(ctx, p)).toList())));
        config.routes.exception(RuleViolationException.class, (e, ctx) ->
                write(ctx, 409, e.code(), e.getMessage(), List.of()));
        config.routes.exception(DomainException.class, (e, ctx) ->
                write(ctx, 422, e.code(), e.getMessage(), List.of()));
        config.routes.exception(StorageBusyException.class, (e, ctx) -> {
            LOG.warn("storage busy on {} {}: {} [{}]", ctx.method().name(), RequestLog.printable(ctx.path()),
                    e.getCause() == null ? e.getMessage() : e.getCause().getClass().getSimpleName(), RequestIds.of(ctx));
            ctx.header("Retry-After", "1");
            write(ctx, 503, "storage-busy", "the store is busy with a conflicting change; nothing was written, retry",
                    List.of());
        });
        config.routes.exception(StorageUnavailableException.class, (e, ctx) -> {
            LOG.warn("storage unavailable on {} {}: {} [{}]", ctx.method().name(), RequestLog.printable(ctx.path()),
                    e.getCause() == null ? e.getMessage() : e.getCause().getClass().getSimpleName(), RequestIds.of(ctx));
            ctx.header("Retry-After", String.valueOf(STORAGE_RETRY_AFTER_SECONDS));
            write(ctx, 503, "storage-unavailable", "the database cannot be reached just now and the request was not "
                    + "carried out (a write cut off while committing may have been): retry in a few seconds, a create "
                    + "with the same Idempotency-Key, a change after reading its version again", List.of());
        });
        config.routes.exception(HttpResponseException.class, (e, ctx) ->
                write(ctx, e.getStatus(), codeOf(e.getStatus()), detailOf(e), List.of()));
        // the web server refusing what the client sent while a route reads it (a body cut short, say): the
        // client's doing, answered with the server's status, never a 500
        config.routes.exception(org.eclipse.jetty.http.BadMessageException.class, (e, ctx) ->
                write(ctx, e.getCode(), codeOf(e.getCode()), "the request could not be read: " + e.getReason(),
                        List.of()));
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("request {} failed", RequestIds.of(ctx), e);
            write(ctx, 500, "internal-error", "the server failed to answer; the request id tells operators where to look",
                    List.of());
        });
    }

    /** One broken grid rule, with its name in the caller's language beside its stable code. */
    private static Map<String, Object> gridProblem(Context ctx, org.ronghe.domain.grid.GridProblem problem) {
        Messages.Language language = ctx.attribute(LANGUAGE) instanceof Messages.Language chosen ? chosen
                : Messages.Language.EN;
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("rule", problem.rule());
        map.put("title", MESSAGES.gridRuleTitle(problem.rule(), language).orElse(problem.rule()));
        map.put("codes", problem.codes());
        map.put("detail", problem.detail());
        if (problem.squareMetres() != null) {
            map.put("squareMetres", problem.squareMetres());
        }
        return map;
    }

    private static String codeOf(int status) {
        return switch (status) {
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 413 -> "content-too-large";
            case 415 -> "unsupported-media-type";
            default -> "http-" + status;
        };
    }

    private static String detailOf(HttpResponseException e) {
        return switch (e.getStatus()) {
            case 404 -> "no such resource";
            case 405 -> "this resource does not answer that method";
            case 413 -> "the request body is too large";
            default -> "the request could not be served";
        };
    }

    public static void write(Context ctx, int status, String code, String detail, List<FieldViolation> violations) {
        write(ctx, status, code, detail, violations, Map.of());
    }

    /** A problem with extension members (RFC 9457 section 3.2), e.g. which dependency is down. */
    public static void write(Context ctx, int status, String code, String detail, List<FieldViolation> violations,
            Map<String, Object> extensions) {
        // bytes, not a String: Javalin would encode a String in the JVM's default charset (US-ASCII under LANG=C)
        ctx.status(status).contentType(CONTENT_TYPE).result(render(ctx, status, code, detail, violations, extensions));
    }

    /** The problem's JSON, for a route that answers one as its reply. */
    public static byte[] render(Context ctx, int status, String code, String detail, List<FieldViolation> violations,
            Map<String, Object> extensions) {
        Messages.Language language = ctx.attribute(LANGUAGE) instanceof Messages.Language chosen ? chosen
                : Messages.Language.EN;
        String titleEn = MESSAGES.problemTitle(code, Messages.Language.EN).orElse(titleOf(status));
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "urn:ronghe:problem:" + code);
        if (language == Messages.Language.ZH) {
            problem.put("title", MESSAGES.problemTitle(code, Messages.Language.ZH)
                    .or(() -> MESSAGES.statusZh(status)).orElse(titleEn));
        } else {
            problem.put("title", titleEn);
        }
        problem.put("status", status);
        problem.put("detail", language == Messages.Language.ZH ? detailZh(code, detail, violations) : detail);
        if (language == Messages.Language.ZH) {
            // nothing is lost in translation: the rule's own English words stay beside the Chinese
            problem.put("titleEn", titleEn);
            problem.put("detailEn", detail);
        }
        problem.put("instance", ctx.path());
        problem.put("code", code);
        if (!violations.isEmpty()) {
            problem.put("errors", violations.stream()
                    .map(v -> Map.of("field", v.field(), "message", v.message())).toList());
        }
        problem.putAll(extensions);
        problem.put("requestId", RequestIds.of(ctx));
        ctx.header("Content-Language", language == Messages.Language.ZH ? "zh-CN" : "en");
        return JsonWriter.writeBytes(problem);
    }

    private static String detailZh(String code, String detail, List<FieldViolation> violations) {
        String meaning = MESSAGES.problemDetailZh(code).orElse(detail);
        if (violations.isEmpty()) {
            return meaning;
        }
        return meaning + "（涉及字段：" + String.join("、", violations.stream().map(FieldViolation::field).distinct()
                .toList()) + "）";
    }

    private static String titleOf(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 409 -> "Conflict";
            case 412 -> "Precondition Failed";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Content";
            case 428 -> "Precondition Required";
            case 429 -> "Too Many Requests";
            case 503 -> "Service Unavailable";
            default -> status >= 500 ? "Internal Server Error" : "Error";
        };
    }
}
