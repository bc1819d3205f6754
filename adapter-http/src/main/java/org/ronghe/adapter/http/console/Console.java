package org.ronghe.adapter.http.console;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ronghe.adapter.http.support.Messages;
import org.ronghe.adapter.http.support.PageRoute;
import org.ronghe.application.Ronghe;
import org.ronghe.domain.access.AuthenticationFailedException;
import org.ronghe.domain.access.SessionRefusedException;
import org.ronghe.domain.shared.DomainException;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;

/**
 * The console's routes: sign in and out, the overview, and its own assets (styles, htmx). Every page answers
 * with a policy that loads nothing from elsewhere and runs no inline script or style.
 */
public final class Console {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Console.class);

    public static final String BASE = "/console";
    /** Scripts, styles and images from this server only; no inline code; forms post here only; never framed. */
    static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    static final ZoneId CITY_TIME = ZoneId.of("Asia/Shanghai");
    private static final String HTMX = "/META-INF/resources/webjars/htmx.org/" + htmxVersion() + "/dist/htmx.min.js";
    private static final Map<String, String> ASSET_TYPES = Map.of("console.css", "text/css; charset=utf-8",
            "htmx.min.js", "text/javascript; charset=utf-8");

    private final Ronghe ronghe;
    private final ConsoleSessions sessions;
    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
    private final Messages messages = Messages.catalogue();

    public Console(Ronghe ronghe) {
        this.ronghe = ronghe;
        this.sessions = new ConsoleSessions(ronghe.access());
    }

    public List<PageRoute> routes() {
        return List.of(
                // the server's front door leads to the console (the API lives under /api, its document at /docs)
                PageRoute.get("/", ctx -> ctx.redirect(BASE, HttpStatus.SEE_OTHER)),
                PageRoute.get(BASE, signedIn(this::overview)),
                PageRoute.get(BASE + "/structure", signedIn(this::structure)),
                PageRoute.get(BASE + "/committees.csv", signedIn(this::committeesCsv)),
                PageRoute.get(BASE + "/committees/{id}", signedIn(this::committee)),
                PageRoute.get(BASE + "/meetings", signedIn(this::meetings)),
                PageRoute.get(BASE + "/meetings.csv", signedIn(this::meetingsCsv)),
                PageRoute.get(BASE + "/meetings/{id}", signedIn(this::meeting)),
                PageRoute.get(BASE + "/projects", signedIn(this::projects)),
                PageRoute.get(BASE + "/projects.csv", signedIn(this::projectsCsv)),
                PageRoute.get(BASE + "/projects/{id}", signedIn(this::project)),
                PageRoute.get(BASE + "/grids", signedIn(this::grids)),
                PageRoute.get(BASE + "/cases", signedIn(this::cases)),
                PageRoute.get(BASE + "/cases.csv", signedIn(this::casesCsv)),
                PageRoute.get(BASE + "/tasks", signedIn(this::tasks)),
                PageRoute.get(BASE + "/tasks.csv", signedIn(this::tasksCsv)),
                PageRoute.get(BASE + "/tasks/{id}", signedIn(this::task)),
                PageRoute.post(BASE + "/tasks/{id}/{action}", signedInForm(this::changeTask)),
                PageRoute.get(BASE + "/tokens", signedIn(this::tokens)),
                PageRoute.post(BASE + "/tokens", signedInForm(this::issueToken)),
                PageRoute.post(BASE + "/tokens/{id}/revoke", signedInForm(this::revokeToken)),
                PageRoute.get(BASE + "/indicators", signedIn(this::indicators)),
                PageRoute.get(BASE + "/indicators.csv", signedIn(this::indicatorsCsv)),
                PageRoute.get(BASE + "/indicators/{system}/{code}", signedIn(this::indicator)),
                PageRoute.post(BASE + "/indicators/{system}/{code}/readings", signedInForm(this::report)),
                PageRoute.get(BASE + "/login", this::loginForm),
                PageRoute.post(BASE + "/login", this::login),
                PageRoute.post(BASE + "/logout", this::logout),
                PageRoute.get(BASE + "/assets/{asset}", this::asset));
    }

    @FunctionalInterface
    interface SignedInHandler {
        void handle(Context ctx, ConsoleSessions.SignedIn signedIn) throws Exception;
    }

    /** A page for the signed-in only: without a live session, the sign-in form instead. */
    private Handler signedIn(SignedInHandler handler) {
        return ctx -> {
            noStore(ctx);
            Optional<ConsoleSessions.SignedIn> signedIn = sessions.current(ctx);
            if (signedIn.isEmpty()) {
                ctx.redirect(BASE + "/login", HttpStatus.SEE_OTHER);
                return;
            }
            try {
                handler.handle(ctx, signedIn.get());
            } catch (BadDayException e) {
                error(ctx, signedIn.get(), 400, "数据日期有误", e.getMessage());
            } catch (DomainException e) {
                String detail = messages.problemDetailZh(e.code()).orElse(e.getMessage());
                if (e instanceof org.ronghe.domain.shared.InvalidValueException invalid) {
                    var each = new StringBuilder();
                    invalid.violations().forEach(v -> each.append(" ").append(v.field()).append("：").append(v.message())
                            .append("。"));
                    detail += each;
                }
                error(ctx, signedIn.get(), statusOf(e), messages.problemTitle(e.code(), Messages.Language.ZH)
                        .orElse("无法完成"), detail);
            } catch (RuntimeException e) {
                // a fault of ours: logged with the request's id, which the page shows for the operators to find
                String requestId = org.ronghe.adapter.http.support.RequestIds.of(ctx);
                LOG.error("console request {} failed", requestId, e);
                error(ctx, signedIn.get(), 500, "系统出错", "请求未能完成，已记录在服务器日志中（请求编号 " + requestId
                        + "）。请稍后再试，或将编号告知系统管理员。");
            }
        };
    }

    /** A form of the signed-in only, from one of this console's own pages (its CSRF token checked). */
    private Handler signedInForm(SignedInHandler handler) {
        return signedIn((ctx, signedIn) -> {
            if (!ConsoleSessions.formIsOurs(ctx, signedIn)) {
                error(ctx, signedIn, 403, "请求来源不明", "这一请求并非来自本控制台的页面，未执行。请回到页面上操作。");
                return;
            }
            handler.handle(ctx, signedIn);
        });
    }

    /** What a change's page says after it was made (a fixed text per outcome: nothing of the request is shown). */
    private static final Map<String, String> NOTICES = Map.of("done", "已标记完成，待验收。", "verify", "已验收，任务闭环。",
            "reopen", "已退回重办。");

    private void structure(Context ctx, ConsoleSessions.SignedIn signedIn) {
        LocalDate asOf = asOf(ctx);
        var filters = nameAndTownFilters(ctx);
        render(ctx, 200, "structure.jte", new Structure(ronghe, new Names(ronghe), messages)
                .chart(frame("组织架构", "structure", signedIn, asOf), filters, new Towns(ronghe, signedIn.caller()), asOf));
    }

    private void committeesCsv(Context ctx, ConsoleSessions.SignedIn signedIn) {
        LocalDate asOf = asOf(ctx);
        download(ctx, "committees-" + asOf + ".csv", "委员会-" + asOf + ".csv", new Structure(ronghe, new Names(ronghe),
                messages).csv(nameAndTownFilters(ctx), new Towns(ronghe, signedIn.caller()), asOf));
    }

    private void committee(Context ctx, ConsoleSessions.SignedIn signedIn) {
        LocalDate asOf = asOf(ctx);
        var id = org.ronghe.domain.committee.CommitteeId.parse("id", ctx.pathParam("id"));
        render(ctx, 200, "committee.jte", new Structure(ronghe, new Names(ronghe), messages)
                .committee(frame("委员会", "structure", signedIn, asOf), id, asOf));
    }

    private void meetings(Context ctx, ConsoleSessions.SignedIn signedIn) {
        LocalDate asOf = asOf(ctx);
        render(ctx, 200, "meetings.jte", new Meetings(ronghe, new Names(ronghe), messages).list(frame("议事",
                "meetings", signedIn, asOf), meetingFilters(ctx), new Towns(ronghe, signedIn.caller()), asOf));
    }

    private void meetingsCsv(Context ctx, ConsoleSessions.SignedIn signedIn) {
        LocalDate asOf = asOf(ctx);
        download(ctx, "meetings-" + asOf + ".csv", "会议-" + asOf + ".csv", new Meetings(ronghe, new Names(ronghe),
                messages).csv(meetingFilters(ctx), new Towns(ronghe, signedIn.caller()), asOf));
    }

    private void meeting(Context ctx, ConsoleSessions.SignedIn signedIn) {
        LocalDate asOf = asOf(ctx);
        var id = org.ronghe.domain.meeting.MeetingId.parse("id", ctx.pathParam("id"));
        render(ctx, 200, "meeting.jte", new Meetings(ronghe, new Names(ronghe), messages).page(frame("会议", "meetings",
                signedIn, asOf), id, asOf));
    }

    private static Meetings.Filters meetingFilters(Context ctx) {
        var p = new ListParameters(ctx);
        return p.filters(() -> new Meetings.Filters(p.text("q"),
                p.status(org.ronghe.domain.meeting.MeetingStatus.class), p.town()));
    }

    private void projects(Context ctx, ConsoleSessions.SignedIn signedIn) {
        LocalDate asOf = asOf(ctx);
        var filters = nameAndTownFilters(ctx);
        render(ctx, 200, "projects.jte", new Projects(ronghe, new Names(ronghe), messages).list(frame("项目",
                "projects", signedIn, asOf), filters, new Towns(ronghe, signedIn.caller()), asOf));
    }

    private void projectsCsv(Context ctx, ConsoleSessions.SignedIn signedIn) {
        LocalDate asOf = asOf(ctx);
        download(ctx, "projects-" + asOf + ".csv", "项目-" + asOf + ".csv", new Projects(ronghe, new Names(ronghe),
                messages).csv(nameAndTownFilters(ctx), new Towns(ronghe, signedIn.caller()), asOf));
    }

    /** A list's name search and town filter, for lists that filter by nothing else. */
    private static TaskList.Filters nameAndTownFilters(Context ctx) {
        var p = new ListParameters(ctx);
        return p.filters(() -> new TaskList.Filters(p.text("q"), null, p.town()));
    }

    private void project(Context ctx, ConsoleSessions.SignedIn signedIn) {
        LocalDate asOf = asOf(ctx);
        var id = org.ronghe.domain.project.ProjectId.parse("id", ctx.pathParam("id"));
        render(ctx, 200, "project.jte", new Projects(ronghe, new Names(ronghe), messages).page(frame("项目",
                "projects", signedIn, asOf), id, asOf));
    }

    private void grids(Context ctx, ConsoleSessions.SignedIn signedIn) {
        LocalDate asOf = asOf(ctx);
        String levelText = ctx.queryParam("level");
        var p = new ListParameters(ctx);
        var town = p.filters(p::town);
        var level = levelText == null || levelText.isBlank() ? org.ronghe.domain.grid.GridLevel.VILLAGE
                : org.ronghe.domain.grid.GridLevel.parse("level", levelText);
        render(ctx, 200, "grids.jte", new Grids(ronghe, messages).map(frame("网格", "grids", signedIn, asOf), level, town,
                new Towns(ronghe, signedIn.caller()), asOf, instantOf(asOf)));
    }

    private void cases(Context ctx, ConsoleSessions.SignedIn signedIn) {
        LocalDate asOf = asOf(ctx);
        var names = new Names(ronghe);
        String query = ctx.queryString() == null ? "asOf=" + asOf : ctx.queryString();
        render(ctx, 200, "cases.jte", new Cases(ronghe, messages).page(frame("案件", "cases", signedIn, asOf),
                signedIn.caller(), caseFilters(ctx), new Towns(ronghe, signedIn.caller()), names, instantOf(asOf), query));
    }

    private void casesCsv(Context ctx, ConsoleSessions.SignedIn signedIn) {
        LocalDate asOf = asOf(ctx);
        download(ctx, "cases-" + asOf + ".csv", "案件-" + asOf + ".csv", new Cases(ronghe, messages)
                .csv(signedIn.caller(), caseFilters(ctx), instantOf(asOf)));
    }

    private static Cases.Filters caseFilters(Context ctx) {
        var p = new ListParameters(ctx);
        return p.filters(() -> new Cases.Filters(p.status(org.ronghe.domain.cases.CaseStatus.class), p.town(), p.grid(),
                "true".equals(p.text("overdue")), p.text("category"), p.text("q")));
    }


    /** The moment a day's figures are as of: now for today, else the day's last second in the city's time. */
    static java.time.Instant instantOf(LocalDate asOf) {
        var now = java.time.Instant.now();
        var end = asOf.plusDays(1).atStartOfDay(CITY_TIME).toInstant().minusSeconds(1);
        return end.isAfter(now) ? now : end;
    }

    private void tasks(Context ctx, ConsoleSessions.SignedIn signedIn) {
        LocalDate asOf = asOf(ctx);
        var names = new Names(ronghe);
        render(ctx, 200, "tasks.jte", new TaskList(ronghe, names, messages).page(frame("跟踪任务", "tasks", signedIn,
                asOf), taskFilters(ctx), new Towns(ronghe, signedIn.caller()), asOf));
    }

    private void tasksCsv(Context ctx, ConsoleSessions.SignedIn signedIn) {
        LocalDate asOf = asOf(ctx);
        byte[] csv = new TaskList(ronghe, new Names(ronghe), messages).csv(taskFilters(ctx), new Towns(ronghe, signedIn.caller()), asOf);
        download(ctx, "tasks-" + asOf + ".csv", "跟踪任务-" + asOf + ".csv", csv);
    }

    private static TaskList.Filters taskFilters(Context ctx) {
        var p = new ListParameters(ctx);
        return p.filters(() -> new TaskList.Filters(p.text("q"), p.status(org.ronghe.domain.task.TaskStatus.class),
                p.town()));
    }

    /** A file to save: an ASCII name for old clients, the Chinese one (RFC 6266) for the rest. */
    private static void download(Context ctx, String asciiName, String name, byte[] body) {
        ctx.header("Content-Disposition", "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''"
                + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        ctx.header("Content-Security-Policy", PAGE_POLICY).contentType(Csv.MEDIA_TYPE).result(body);
    }

    private void task(Context ctx, ConsoleSessions.SignedIn signedIn) {
        LocalDate asOf = asOf(ctx);
        var id = org.ronghe.domain.task.TaskId.parse("id", ctx.pathParam("id"));
        var names = new Names(ronghe);
        var page = new Tasks(ronghe, names, messages).page(frame("跟踪任务", "overview", signedIn, asOf),
                signedIn.caller(), id, asOf, NOTICES.getOrDefault(String.valueOf(ctx.queryParam("changed")), null));
        render(ctx, 200, "task.jte", page);
    }

    private void changeTask(Context ctx, ConsoleSessions.SignedIn signedIn) {
        var id = org.ronghe.domain.task.TaskId.parse("id", ctx.pathParam("id"));
        String action = ctx.pathParam("action");
        long version = version(ctx);
        LocalDate today = LocalDate.now(CITY_TIME);
        var tasks = new Tasks(ronghe, new Names(ronghe), messages);
        switch (action) {
            case "done" -> tasks.markDone(signedIn.caller(), id, version, today);
            case "verify" -> tasks.verify(signedIn.caller(), id, version, today);
            case "reopen" -> tasks.reopen(signedIn.caller(), id, version, today, ctx.formParam("reason"));
            default -> {
                error(ctx, signedIn, 404, "没有这项操作", "任务只可标记完成、验收或退回重办。");
                return;
            }
        }
        ctx.redirect(BASE + "/tasks/" + id + "?changed=" + action, HttpStatus.SEE_OTHER);
    }

    /** The version the page showed, sent back with its form. */
    private static long version(Context ctx) {
        try {
            return Long.parseLong(ctx.formParam("version"));
        } catch (NumberFormatException e) {
            throw new org.ronghe.domain.shared.InvalidValueException("version", "must be the version the page showed");
        }
    }

    private void tokens(Context ctx, ConsoleSessions.SignedIn signedIn) {
        String notice = "revoked".equals(ctx.queryParam("changed")) ? "令牌已吊销，自下一次请求起失效。" : null;
        render(ctx, 200, "tokens.jte", new Tokens(ronghe, new Names(ronghe), messages).page(frame("令牌管理", "tokens",
                signedIn, LocalDate.now(CITY_TIME)), signedIn.caller(), null, notice));
    }

    /** The new token's secret is shown on the answer to the form itself (never in an address), this once. */
    private void issueToken(Context ctx, ConsoleSessions.SignedIn signedIn) {
        var tokens = new Tokens(ronghe, new Names(ronghe), messages);
        var issued = tokens.issue(signedIn.caller(), ctx.formParam("organizationId"), ctx.formParam("role"),
                ctx.formParam("label"));
        render(ctx, 201, "tokens.jte", tokens.page(frame("令牌管理", "tokens", signedIn, LocalDate.now(CITY_TIME)),
                signedIn.caller(), issued, "令牌已签发。"));
    }

    private void revokeToken(Context ctx, ConsoleSessions.SignedIn signedIn) {
        var id = org.ronghe.domain.access.ApiTokenId.parse("id", ctx.pathParam("id"));
        new Tokens(ronghe, new Names(ronghe), messages).revoke(signedIn.caller(), id, version(ctx));
        ctx.redirect(BASE + "/tokens?changed=revoked", HttpStatus.SEE_OTHER);
    }

    private void indicators(Context ctx, ConsoleSessions.SignedIn signedIn) {
        LocalDate asOf = asOf(ctx);
        var filters = nameAndTownFilters(ctx);
        render(ctx, 200, "indicators.jte", new Indicators(ronghe, new Names(ronghe), messages)
                .list(frame("指标", "indicators", signedIn, asOf), filters, new Towns(ronghe, signedIn.caller()), asOf));
    }

    private void indicatorsCsv(Context ctx, ConsoleSessions.SignedIn signedIn) {
        LocalDate asOf = asOf(ctx);
        download(ctx, "indicators-" + asOf + ".csv", "指标-" + asOf + ".csv", new Indicators(ronghe, new Names(ronghe),
                messages).csv(nameAndTownFilters(ctx), new Towns(ronghe, signedIn.caller()), asOf));
    }

    private void indicator(Context ctx, ConsoleSessions.SignedIn signedIn) {
        LocalDate asOf = asOf(ctx);
        var system = org.ronghe.domain.targetsystem.TargetSystemId.parse("system", ctx.pathParam("system"));
        render(ctx, 200, "indicator.jte", new Indicators(ronghe, new Names(ronghe), messages).page(
                frame("指标", "indicators", signedIn, asOf), signedIn.caller(), system, ctx.pathParam("code"), asOf,
                "reported".equals(ctx.queryParam("changed")) ? "已填报，图表已更新。" : null));
    }

    private void report(Context ctx, ConsoleSessions.SignedIn signedIn) {
        var system = org.ronghe.domain.targetsystem.TargetSystemId.parse("system", ctx.pathParam("system"));
        String code = ctx.pathParam("code");
        var violations = new org.ronghe.domain.shared.Violations();
        java.math.BigDecimal value = violations.check(() -> {
            try {
                return new java.math.BigDecimal(String.valueOf(ctx.formParam("value")).strip());
            } catch (NumberFormatException e) {
                throw new org.ronghe.domain.shared.InvalidValueException("value", "须是数字，例如 12.5");
            }
        });
        LocalDate day = violations.check(() -> {
            try {
                return LocalDate.parse(String.valueOf(ctx.formParam("asOf")).strip());
            } catch (DateTimeParseException e) {
                throw new org.ronghe.domain.shared.InvalidValueException("asOf", "须写成 2023-04-04 这样的年-月-日");
            }
        });
        long version = version(ctx);
        violations.throwIfAny();
        new Indicators(ronghe, new Names(ronghe), messages).report(signedIn.caller(), system, version, code, value, day,
                blankToNull(ctx.formParam("note")), blankToNull(ctx.formParam("evidence")));
        ctx.redirect(BASE + "/indicators/" + system + "/" + code + "?asOf=" + day + "&changed=reported",
                HttpStatus.SEE_OTHER);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private void overview(Context ctx, ConsoleSessions.SignedIn signedIn) {
        LocalDate asOf = asOf(ctx);
        var page = new Overview(ronghe, new Names(ronghe), messages).page(frame("总览", "overview", signedIn, asOf),
                signedIn.caller(), asOf);
        render(ctx, 200, "overview.jte", page);
    }

    private void loginForm(Context ctx) {
        noStore(ctx);
        if (sessions.current(ctx).isPresent()) {
            ctx.redirect(BASE, HttpStatus.SEE_OTHER);
            return;
        }
        render(ctx, 200, "login.jte", new LoginPage(sessions.signInNonce(ctx), null));
    }

    private void login(Context ctx) {
        noStore(ctx);
        if (!ConsoleSessions.signInFormIsOurs(ctx)) {
            render(ctx, 403, "login.jte", new LoginPage(sessions.signInNonce(ctx),
                    "登录表单已过期或并非来自本页，请重新登录。"));
            return;
        }
        try {
            sessions.signIn(ctx, ctx.formParam("secret"));
        } catch (AuthenticationFailedException e) {
            org.ronghe.adapter.http.support.Security.failedAuthentication(ctx);
            render(ctx, 401, "login.jte", new LoginPage(sessions.signInNonce(ctx),
                    "令牌无效、已撤销或已过期，请核对后重试，或向系统管理员申领新令牌。"));
            return;
        } catch (SessionRefusedException e) {
            render(ctx, 400, "login.jte", new LoginPage(sessions.signInNonce(ctx),
                    "请用本单位的访问令牌登录，而不是另一个登录会话。"));
            return;
        }
        ctx.redirect(BASE, HttpStatus.SEE_OTHER);
    }

    private void logout(Context ctx) {
        noStore(ctx);
        var signedIn = sessions.current(ctx);
        if (signedIn.isPresent()) {
            if (!ConsoleSessions.formIsOurs(ctx, signedIn.get())) {
                error(ctx, signedIn.get(), 403, "请求来源不明", "退出请求并非来自本控制台的页面，未执行。请在页面上点击“退出”。");
                return;
            }
            sessions.signOut(ctx, signedIn.get());
        }
        ctx.redirect(BASE + "/login", HttpStatus.SEE_OTHER);
    }

    private void asset(Context ctx) throws IOException {
        String name = ctx.pathParam("asset");
        String type = ASSET_TYPES.get(name);
        if (type == null) {
            ctx.status(404).contentType("text/plain; charset=utf-8").result("没有这个文件");
            return;
        }
        String resource = name.equals("htmx.min.js") ? HTMX : "/org/ronghe/adapter/http/console/" + name;
        try (InputStream in = Console.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the console's " + name + " is missing from the build");
            }
            ctx.header("Cache-Control", "public, max-age=3600").contentType(type).result(in.readAllBytes());
        }
    }

    private Frame frame(String title, String section, ConsoleSessions.SignedIn signedIn, LocalDate asOf) {
        var actor = signedIn.caller().actor();
        String who = actor.organization() == null ? "系统管理员"
                : ronghe.organizations().queries().organization(actor.organization()).name();
        return new Frame(title, section, who, messages.label(actor.role(), Messages.Language.ZH), asOf,
                signedIn.csrf(), actor.isAdmin());
    }

    private static int statusOf(DomainException e) {
        if (e instanceof org.ronghe.domain.access.AccessDeniedException) {
            return 403;
        }
        if (e instanceof org.ronghe.domain.shared.AggregateNotFoundException) {
            return 404;
        }
        if (e instanceof org.ronghe.domain.shared.StaleVersionException) {
            return 409;
        }
        return e instanceof org.ronghe.domain.shared.InvalidValueException ? 400 : 422;
    }

    private void error(Context ctx, ConsoleSessions.SignedIn signedIn, int status, String title, String detail) {
        render(ctx, status, "error.jte", new ErrorPage(frame(title, "", signedIn, LocalDate.now(CITY_TIME)), status,
                title, detail));
    }

    private void render(Context ctx, int status, String template, Object page) {
        var output = new StringOutput();
        templates.render(template, page, output);
        ctx.status(status).header("Content-Security-Policy", PAGE_POLICY).contentType("text/html; charset=utf-8")
                .result(output.toString());
    }

    private static void noStore(Context ctx) {
        ctx.header("Cache-Control", "no-store");
    }

    /** The day the figures are as of: {@code asOf=} or today in the city's time. */
    static LocalDate asOf(Context ctx) {
        String text = ctx.queryParam("asOf");
        if (text == null || text.isBlank()) {
            return LocalDate.now(CITY_TIME);
        }
        try {
            LocalDate day = LocalDate.parse(text.strip());
            if (day.isBefore(LocalDate.of(1949, 10, 1)) || day.isAfter(LocalDate.of(2100, 12, 31))) {
                throw new BadDayException("数据日期须在 1949-10-01 至 2100-12-31 之间，收到的是 " + text.strip() + "。");
            }
            return day;
        } catch (DateTimeParseException e) {
            throw new BadDayException("数据日期须写成 2023-04-04 这样的年-月-日。");
        }
    }

    /** An {@code asOf} the console cannot read. */
    static final class BadDayException extends RuntimeException {
        BadDayException(String message) {
            super(message);
        }
    }

    private static String htmxVersion() {
        try (InputStream in = Console.class.getResourceAsStream(
                "/META-INF/maven/org.webjars.npm/htmx.org/pom.properties")) {
            var properties = new java.util.Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the htmx WebJar is missing from the class path", e);
        }
    }
}
