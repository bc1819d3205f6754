package org.ronghe.adapter.http.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.ronghe.adapter.http.TestServer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The console in a real browser (headless Chromium) over the Jiading data set: a person signs in with their
 * token, sees the same figures the API gives, and signs out; the pages stay usable on a phone's 360 px.
 */
class ConsoleBrowserTest {

    private static final String AS_OF = "2023-04-04";
    private static TestServer server;
    private static Browser browser;

    @BeforeAll
    static void start() {
        server = TestServer.withJiading();
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        server.close();
    }

    @BeforeEach
    void signedOut() {
        browser.desktop();
        open("/console/login");
        browser.driver.manage().deleteAllCookies();
    }

    private void open(String path) {
        browser.driver.get("http://127.0.0.1:" + server.port() + path);
    }

    private WebElement find(String css) {
        return browser.driver.findElement(By.cssSelector(css));
    }

    /**
     * Clicks what leads to another page and waits until that page has loaded: its address holds {@code part} and a
     * new document stands (the old one, still shown for a moment, would otherwise answer the next look).
     */
    private void follow(WebElement link, String part) {
        var old = find("html");
        link.click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10)).until(
                driver -> org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(old).apply(driver)
                        && driver.getCurrentUrl().contains(part)
                        && "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
    }

    /** Signs in and waits for the answer: the console (signed in) or the form again with its problem. */
    private void signIn(String secret) {
        open("/console/login");
        find("#secret").sendKeys(secret);
        find("#sign-in").click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10)).until(
                driver -> !driver.findElements(By.id("sign-out")).isEmpty()
                        || !driver.findElements(By.id("problem")).isEmpty());
    }

    @Test
    void the_front_door_leads_to_the_sign_in_page_in_chinese() throws Exception {
        open("/");

        assertThat(browser.driver.getCurrentUrl()).endsWith("/console/login");
        assertThat(browser.driver.getTitle()).isEqualTo("登录 · 融合型党建");
        assertThat(find("label[for=secret]").getText()).isEqualTo("访问令牌");
        browser.screenshot("login");
    }

    @Test
    void the_district_administrator_signs_in_and_sees_the_figures_the_api_gives() throws Exception {
        signIn(TestServer.ADMIN_SECRET);
        open("/console?asOf=" + AS_OF);

        assertThat(browser.driver.getTitle()).isEqualTo("总览 · 融合型党建");
        assertThat(find("#who").getText()).isEqualTo("系统管理员");
        var systems = server.admin().get("/api/v1/target-systems").json().get("items");
        assertThat(systems).isNotEmpty();
        for (JsonNode system : systems) {
            String id = system.get("id").asText();
            var dashboard = server.admin().get("/api/v1/target-systems/" + id + "/dashboard?asOf=" + AS_OF).json();
            var article = find("article[data-system='" + id + "']");
            assertThat(article.findElement(By.tagName("h3")).getText()).isEqualTo(dashboard.get("title").asText());
            assertThat(article.findElement(By.cssSelector(".healthy")).getText())
                    .isEqualTo(dashboard.get("overall").get("healthyPercent").asInt() + "%");
            var rows = article.findElements(By.cssSelector("tbody tr"));
            assertThat(rows).hasSize(dashboard.get("categories").size());
            for (int i = 0; i < rows.size(); i++) {
                var category = dashboard.get("categories").get(i);
                Map<String, Integer> shown = new HashMap<>();
                for (var count : rows.get(i).findElements(By.cssSelector(".count"))) {
                    shown.put(count.getAttribute("data-state"), Integer.parseInt(count.getText().replaceAll("\\D", "")));
                }
                Map<String, Integer> api = new HashMap<>();
                category.get("rollup").get("counts").fields().forEachRemaining(e -> {
                    if (e.getValue().asInt() > 0) {
                        api.put(e.getKey().toLowerCase().replace('_', '-'), e.getValue().asInt());
                    }
                });
                assertThat(shown).as("category %d", i).isEqualTo(api);
            }
        }
        var overdue = server.admin().get("/api/v1/overdue-tasks?asOf=" + AS_OF + "&size=100").json();
        assertThat(find("#overdue-total").getText()).isEqualTo(overdue.get("totalItems").asText());
        assertThat(browser.driver.findElements(By.cssSelector("#overdue tbody tr")))
                .hasSize(Math.min(20, overdue.get("totalItems").asInt()));
        browser.screenshot("overview");
    }

    @Test
    void a_departments_operator_sees_the_overdue_tasks_of_its_own_department_first() {
        var anyOverdue = server.admin().get("/api/v1/overdue-tasks?asOf=" + AS_OF).json().get("items").get(0);
        String department = anyOverdue.get("assigneeId").asText();
        var operator = server.clientFor(department, "OPERATOR");
        String name = server.admin().get("/api/v1/organizations/" + department).json().get("name").asText();

        signIn(operator.token());
        open("/console?asOf=" + AS_OF);

        assertThat(find("#who").getText()).isEqualTo(name);
        assertThat(find("#role").getText()).isEqualTo("经办人");
        long mine = 0;
        for (JsonNode task : operator.get("/api/v1/tasks?concerning=" + department + "&pending=true&asOf=" + AS_OF
                + "&size=100").json().get("items")) {
            mine += task.get("overdue").asBoolean() ? 1 : 0;
        }
        assertThat(mine).isPositive();
        assertThat(find("#overdue-total").getText()).isEqualTo(String.valueOf(mine));
        assertThat(find("#overdue h2 small").getText()).contains(name);

        // every list shows the department's own work first, marked 本单位, then everyone else's
        open("/console/tasks?asOf=" + AS_OF);
        var marks = browser.driver.findElements(By.cssSelector("tbody tr")).stream()
                .map(row -> !row.findElements(By.cssSelector(".mine")).isEmpty()).toList();
        long own = operator.get("/api/v1/tasks?townId=" + department + "&size=1").json().get("totalItems").asLong();
        assertThat(own).isPositive();
        assertThat(marks).hasSize(operator.get("/api/v1/tasks?size=1").json().get("totalItems").asInt());
        assertThat(marks.subList(0, (int) own)).as("its own first").containsOnly(true);
        assertThat(marks.subList((int) own, marks.size())).as("then the others").containsOnly(false);
        open("/console/projects?asOf=" + AS_OF);
        var projects = browser.driver.findElements(By.cssSelector("tbody tr[data-project]")).stream()
                .map(row -> !row.findElements(By.cssSelector(".mine")).isEmpty()).toList();
        long ownProjects = operator.get("/api/v1/projects?townId=" + department + "&size=1").json().get("totalItems")
                .asLong();
        assertThat(projects.subList(0, (int) ownProjects)).containsOnly(true);
        assertThat(projects.subList((int) ownProjects, projects.size())).containsOnly(false);
    }

    @Test
    void the_administrator_issues_a_token_whose_secret_is_shown_once_and_revokes_it() throws Exception {
        var town = server.admin().get("/api/v1/organizations?kind=TOWN_PARTY_COMMITTEE&size=1").json().get("items")
                .get(0);
        String label = "浏览器测试 " + java.util.UUID.randomUUID();
        signIn(TestServer.ADMIN_SECRET);
        follow(find("nav a[href='/console/tokens']"), "/console/tokens");
        int before = Integer.parseInt(find("#token-count").getText());
        new org.openqa.selenium.support.ui.Select(find("#issue select[name=organizationId]"))
                .selectByValue(town.get("id").asText());
        new org.openqa.selenium.support.ui.Select(find("#issue select[name=role]")).selectByValue("OPERATOR");
        find("#issue input[name=label]").sendKeys(label);
        var old = find("html");
        find("#issue-token").click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(old));
        String secret = find("#secret").getText();
        assertThat(secret).startsWith("rh_");
        assertThat(find("#issued").getText()).contains(town.get("name").asText()).contains("经办人");
        assertThat(Integer.parseInt(find("#token-count").getText())).isEqualTo(before + 1);
        assertThat(browser.driver.getCurrentUrl()).doesNotContain(secret);
        open("/console/tokens");
        assertThat(browser.driver.findElements(By.id("secret"))).as("shown once, never again").isEmpty();
        browser.screenshot("tokens");

        // the new token signs in as the town's operator, who has no token page
        find("#sign-out").click();
        signIn(secret);
        assertThat(find("#who").getText()).isEqualTo(town.get("name").asText());
        assertThat(browser.driver.findElements(By.cssSelector("nav a[href='/console/tokens']"))).isEmpty();
        open("/console/tokens");
        assertThat(find("h1").getText()).isEqualTo("无权操作");
        find("#sign-out").click();

        signIn(TestServer.ADMIN_SECRET);
        open("/console/tokens");
        var row = browser.driver.findElements(By.cssSelector("#tokens tbody tr")).stream()
                .filter(r -> r.getText().contains(label)).findFirst().orElseThrow();
        follow(row.findElement(By.cssSelector("form.revoke button")), "changed=revoked");
        assertThat(find("#notice").getText()).contains("已吊销");
        var revoked = browser.driver.findElements(By.cssSelector("#tokens tbody tr")).stream()
                .filter(r -> r.getText().contains(label)).findFirst().orElseThrow();
        assertThat(revoked.getText()).contains("已吊销");
        assertThat(server.admin().withToken(secret).get("/api/v1/organizations").status()).isEqualTo(401);
        find("#sign-out").click();
        signIn(secret);
        assertThat(find("#problem").getText()).contains("令牌无效");
    }

    @Test
    void a_wrong_token_is_refused_in_chinese_and_opens_no_session() {
        signIn("rh_nobody-was-given-this-token");

        assertThat(browser.driver.getCurrentUrl()).endsWith("/console/login");
        assertThat(find("#problem").getText()).contains("令牌无效");
        assertThat(browser.driver.manage().getCookieNamed(ConsoleSessions.SESSION_COOKIE)).isNull();
        open("/console");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/console/login");
    }

    @Test
    void signing_out_ends_the_session_so_its_cookie_opens_nothing_any_more() {
        signIn(TestServer.ADMIN_SECRET);
        Cookie session = browser.driver.manage().getCookieNamed(ConsoleSessions.SESSION_COOKIE);
        assertThat(session).isNotNull();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Strict");

        follow(find("#sign-out"), "/console/login");

        assertThat(browser.driver.getCurrentUrl()).endsWith("/console/login");
        assertThat(browser.driver.manage().getCookieNamed(ConsoleSessions.SESSION_COOKIE)).isNull();
        browser.driver.manage().addCookie(session); // the old cookie, kept by someone: the server ended it
        open("/console");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/console/login");
    }

    @Test
    void the_overview_is_usable_on_a_phone_of_360_pixels_nothing_wider_than_the_screen() throws Exception {
        signIn(TestServer.ADMIN_SECRET);
        browser.phone();
        open("/console?asOf=" + AS_OF);

        var js = (JavascriptExecutor) browser.driver;
        long pageWidth = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
        long viewport = ((Number) js.executeScript("return window.innerWidth")).longValue();
        assertThat(pageWidth).isLessThanOrEqualTo(viewport);
        assertThat(find("#sign-out").isDisplayed()).isTrue();
        browser.screenshot("overview-360");
    }

    @Test
    void the_pages_run_no_inline_code_and_load_nothing_from_elsewhere() {
        signIn(TestServer.ADMIN_SECRET);
        open("/console?asOf=" + AS_OF);

        var js = (JavascriptExecutor) browser.driver;
        assertThat(js.executeScript("return typeof htmx")).as("htmx loaded from the server itself").isEqualTo("object");
        var response = server.anonymous().get("/console/login");
        assertThat(response.header("Content-Security-Policy")).contains("script-src 'self'", "style-src 'self'")
                .doesNotContain("unsafe-inline");
        for (WebElement element : browser.driver.findElements(By.cssSelector("script[src], link[href]"))) {
            String url = element.getAttribute(element.getTagName().equals("script") ? "src" : "href");
            assertThat(url).startsWith("http://127.0.0.1:" + server.port() + "/console/assets/");
        }
    }

    /** A task done and awaiting its verifier, the LEAD of a committee, with that verifier's organization. */
    private static JsonNode doneTaskVerifiedByALead() {
        for (JsonNode task : server.admin().get("/api/v1/tasks?status=DONE&size=100").json().get("items")) {
            var full = server.admin().get("/api/v1/tasks/" + task.get("id").asText()).json();
            if (full.get("verifier").get("kind").asText().equals("LEAD")) {
                return full;
            }
        }
        throw new AssertionError("the Jiading data set has a task done and awaiting its LEAD's verification");
    }

    @Test
    void the_host_committees_lead_verifies_a_done_task_and_another_town_cannot() throws Exception {
        var task = doneTaskVerifiedByALead();
        String id = task.get("id").asText();
        String lead = task.get("verifier").get("organizationId").asText();
        String leadName = server.admin().get("/api/v1/organizations/" + lead).json().get("name").asText();
        String otherTown = null;
        for (JsonNode town : server.admin().get("/api/v1/organizations?kind=TOWN_PARTY_COMMITTEE&size=100").json()
                .get("items")) {
            String candidate = town.get("id").asText();
            if (!candidate.equals(lead) && !candidate.equals(task.get("assigneeId").asText())
                    && !task.get("coAssigneeIds").toString().contains(candidate)) {
                otherTown = candidate;
                break;
            }
        }
        assertThat(otherTown).isNotNull();

        // another town sees the task, and who verifies it, but no button; a forged form is refused in Chinese
        signIn(server.clientFor(otherTown, "OPERATOR").token());
        open("/console/tasks/" + id);
        assertThat(find("#verifier").getText()).startsWith(leadName);
        assertThat(find("#no-actions").isDisplayed()).isTrue();
        assertThat(browser.driver.findElements(By.id("verify"))).isEmpty();
        String csrf = find("input[name=csrf]").getAttribute("value");
        ((JavascriptExecutor) browser.driver).executeScript("""
                const form = document.createElement('form');
                form.method = 'post';
                form.action = '/console/tasks/' + arguments[0] + '/verify';
                for (const [name, value] of [['csrf', arguments[1]], ['version', arguments[2]]]) {
                  const input = document.createElement('input');
                  input.type = 'hidden'; input.name = name; input.value = value;
                  form.appendChild(input);
                }
                document.body.appendChild(form);
                form.submit();""", id, csrf, task.get("version").asText());
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
                .until(driver -> driver.getCurrentUrl().endsWith("/verify"));
        assertThat(find("h1").getText()).isEqualTo("无权操作");
        assertThat(server.admin().get("/api/v1/tasks/" + id).json().get("status").asText()).isEqualTo("DONE");

        // the LEAD verifies: the button sends the version the page showed
        follow(find("#sign-out"), "/console/login");
        signIn(server.clientFor(lead, "OPERATOR").token());
        open("/console/tasks/" + id);
        assertThat(find("#status").getText()).isEqualTo("已完成");
        browser.screenshot("task");
        follow(find("#verify"), "changed=verify");

        assertThat(find("#notice").getText()).isEqualTo("已验收，任务闭环。");
        assertThat(find("#status").getText()).isEqualTo("已验收");
        var verified = server.admin().get("/api/v1/tasks/" + id).json();
        assertThat(verified.get("status").asText()).isEqualTo("VERIFIED");
        assertThat(verified.get("version").asLong()).isEqualTo(task.get("version").asLong() + 1);
        assertThat(browser.driver.findElements(By.id("verify"))).isEmpty();
    }

    @Test
    void the_responsible_department_reports_a_reading_and_sees_the_chart_move() throws Exception {
        String system = server.admin().get("/api/v1/target-systems").json().get("items").get(0).get("id").asText();
        JsonNode indicator = null;
        for (JsonNode line : server.admin().get("/api/v1/target-systems/" + system + "/dashboard?asOf=" + AS_OF).json()
                .get("indicators")) {
            if (line.get("live").isNull()) {
                var full = server.admin().get("/api/v1/target-systems/" + system + "/indicators/"
                        + line.get("code").asText() + "?asOf=" + AS_OF).json();
                if (full.get("readings").size() > 0) {
                    indicator = full;
                    break;
                }
            }
        }
        assertThat(indicator).as("a reported indicator with readings in the data set").isNotNull();
        String code = indicator.get("code").asText();
        java.time.LocalDate latest = java.time.LocalDate.parse(AS_OF);
        for (JsonNode reading : indicator.get("readings")) {
            var day = java.time.LocalDate.parse(reading.get("asOf").asText());
            latest = day.isAfter(latest) ? day : latest;
        }
        String day = latest.plusDays(1).toString();
        signIn(server.clientFor(indicator.get("responsibleId").asText(), "OPERATOR").token());
        open("/console/indicators?asOf=" + AS_OF);
        follow(find("tr[data-code='" + code + "'] a"), "/indicators/");
        int dotsBefore = browser.driver.findElements(By.cssSelector("#chart circle.dot")).size();
        String lineBefore = find("#chart polyline").getAttribute("points");

        find("#reading-value").sendKeys("987.5");
        ((JavascriptExecutor) browser.driver).executeScript("document.getElementById('reading-as-of').value = arguments[0]",
                day);
        follow(find("#report-reading"), "changed=reported");

        assertThat(find("#notice").getText()).isEqualTo("已填报，图表已更新。");
        assertThat(browser.driver.findElements(By.cssSelector("#chart circle.dot"))).hasSize(dotsBefore + 1);
        assertThat(find("#chart polyline").getAttribute("points")).isNotEqualTo(lineBefore);
        assertThat(find("#value").getText()).isEqualTo("987.5");
        var after = server.admin().get("/api/v1/target-systems/" + system + "/indicators/" + code + "?asOf=" + day)
                .json();
        assertThat(after.get("value").decimalValue()).isEqualByComparingTo("987.5");
        assertThat(after.get("readings")).hasSize(indicator.get("readings").size() + 1);
        browser.screenshot("indicator");
    }

    @Test
    void tasks_are_searched_by_name_filtered_by_town_and_exported_as_csv_that_opens_with_the_right_characters()
            throws Exception {
        signIn(TestServer.ADMIN_SECRET);
        open("/console/tasks?asOf=" + AS_OF);
        int all = Integer.parseInt(find("#task-count").getText());
        assertThat(all).isEqualTo(server.admin().get("/api/v1/tasks?size=100").json().get("totalItems").asInt());

        String title = find("tbody tr td a").getText();
        String word = title.substring(0, 2);
        find("input[name=q]").sendKeys(word);
        follow(find("#filters button"), "q=");
        var shown = browser.driver.findElements(By.cssSelector("tbody tr td:first-child")).stream()
                .map(WebElement::getText).toList();
        assertThat(shown).isNotEmpty().allSatisfy(t -> assertThat(t).contains(word));
        browser.screenshot("tasks");

        java.nio.file.Files.list(Browser.DOWNLOADS).forEach(f -> f.toFile().delete());
        find("#export-csv").click();
        java.nio.file.Path csv = null;
        for (int i = 0; i < 100 && csv == null; i++) {
            try (var files = java.nio.file.Files.list(Browser.DOWNLOADS)) {
                csv = files.filter(f -> f.toString().endsWith(".csv")).findFirst().orElse(null);
            }
            if (csv == null) {
                Thread.sleep(100);
            }
        }
        assertThat(csv).as("the browser saved the export").isNotNull();
        byte[] bytes = java.nio.file.Files.readAllBytes(csv);
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        var lines = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertThat(lines[0]).isEqualTo("任务,牵头委员会,承办单位,协办单位,办结期限,状态,逾期天数");
        assertThat(lines).hasSize(shown.size() + 1);
        for (int i = 0; i < shown.size(); i++) {
            assertThat(lines[i + 1]).startsWith(shown.get(i) + ",");
        }
    }

    @Test
    void a_towns_filter_takes_in_its_villages_and_units() {
        signIn(TestServer.ADMIN_SECRET);
        open("/console/tasks?asOf=" + AS_OF);
        var towns = browser.driver.findElements(By.cssSelector("select[name=townId] option")).stream()
                .map(o -> o.getAttribute("value")).filter(v -> !v.isEmpty()).toList();
        assertThat(towns).as("the towns to choose from on %s: %s", browser.driver.getCurrentUrl(),
                find("main").getText()).isNotEmpty();
        var tasks = server.admin().get("/api/v1/tasks?size=100").json().get("items");
        boolean someTownHasWork = false;
        for (String town : towns) {
            long expected = concerning(tasks, within(town));
            open("/console/tasks?asOf=" + AS_OF + "&townId=" + town);
            assertThat(Integer.parseInt(find("#task-count").getText())).as("town %s", town).isEqualTo(expected);
            assertThat(server.admin().get("/api/v1/tasks?size=1&townId=" + town).json().get("totalItems").asLong())
                    .as("the API's filter takes in the same").isEqualTo(expected);
            someTownHasWork |= expected > 0;
        }
        assertThat(someTownHasWork).as("the data set gives some town work to follow up").isTrue();
    }

    @Test
    void indicators_are_searched_by_name_filtered_by_the_town_responsible_and_exported() throws Exception {
        signIn(TestServer.ADMIN_SECRET);
        var indicators = new java.util.ArrayList<JsonNode>();
        server.admin().get("/api/v1/target-systems?size=100").json().get("items").forEach(system -> server.admin()
                .get("/api/v1/target-systems/" + system.get("id").asText()).json().get("indicators")
                .forEach(indicators::add));
        open("/console/indicators?asOf=" + AS_OF);
        assertThat(Integer.parseInt(find("#indicator-count").getText())).isEqualTo(indicators.size()).isPositive();

        String title = indicators.get(0).get("title").asText();
        String word = title.substring(0, 2);
        find("input[name=q]").sendKeys(word);
        follow(find("#filters button"), "q=");
        var shown = browser.driver.findElements(By.cssSelector("tbody tr td:nth-child(2)")).stream()
                .map(WebElement::getText).toList();
        assertThat(shown).isNotEmpty().contains(title)
                .hasSize((int) indicators.stream().filter(i -> i.get("title").asText().contains(word)).count());

        var towns = new java.util.ArrayList<>(browser.driver.findElements(By.cssSelector("select[name=townId] option"))
                .stream().map(o -> o.getAttribute("value")).filter(v -> !v.isEmpty()).toList());
        // the data set's indicators are the departments': a town's filter keeps none of them, a department's its own
        towns.add(indicators.get(0).get("responsibleId").asText());
        for (String town : towns) {
            var organizations = within(town);
            long expected = indicators.stream().filter(i -> organizations.contains(i.get("responsibleId").asText()))
                    .count();
            open("/console/indicators?asOf=" + AS_OF + "&townId=" + town);
            assertThat(Integer.parseInt(find("#indicator-count").getText())).as("organization %s", town)
                    .isEqualTo(expected);
        }
        assertThat(Integer.parseInt(find("#indicator-count").getText())).as("the department's own").isPositive();

        var cookie = browser.driver.manage().getCookieNamed("ronghe_session");
        var answer = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + server.port() + "/console/indicators.csv?asOf=" + AS_OF + "&q="
                        + java.net.URLEncoder.encode(word, java.nio.charset.StandardCharsets.UTF_8)))
                .header("Cookie", "ronghe_session=" + cookie.getValue()).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(answer.statusCode()).isEqualTo(200);
        var lines = new String(answer.body(), java.nio.charset.StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertThat(lines[0]).isEqualTo("目标体系,编号,指标,类别,当前值,目标,单位,达成情况,责任单位");
        assertThat(lines).hasSize(shown.size() + 1);
        assertThat(lines[1]).contains(word);
    }

    @Test
    void the_structure_is_drawn_as_a_chart_and_a_committee_shows_its_members_by_name_and_role() throws Exception {
        signIn(TestServer.ADMIN_SECRET);
        open("/console/structure?asOf=" + AS_OF);
        var structure = server.admin().get("/api/v1/structure?asOf=" + AS_OF).json();
        var committees = new java.util.ArrayList<JsonNode>();
        var next = new java.util.ArrayDeque<JsonNode>();
        structure.get("roots").forEach(next::add);
        while (!next.isEmpty()) {
            var node = next.pop();
            committees.add(node);
            node.get("children").forEach(next::add);
        }
        assertThat(browser.driver.findElements(By.cssSelector("svg.structure a.committee"))).hasSize(committees.size());
        browser.screenshot("structure");

        var area = committees.stream().filter(c -> c.get("tier").asText().equals("AREA")).findFirst().orElseThrow();
        follow(find("a.committee[data-committee='" + area.get("id").asText() + "']"), "/committees/");

        assertThat(find("h1").getText()).startsWith(area.get("name").asText());
        var shown = browser.driver.findElements(By.cssSelector("#members tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td"))).map(cells -> cells.get(0).getText() + "|"
                        + cells.get(1).getText()).toList();
        var roles = java.util.Map.of("LEAD", "统筹协调", "COOPERATING", "积极配合", "PARTICIPATING", "广泛参与");
        var expected = new java.util.ArrayList<String>();
        area.get("members").forEach(m -> expected.add(m.get("name").asText() + "|" + roles.get(m.get("role").asText())));
        assertThat(shown).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void committees_are_listed_under_the_chart_searched_by_name_filtered_by_the_towns_seats_and_exported() {
        signIn(TestServer.ADMIN_SECRET);
        open("/console/structure?asOf=" + AS_OF);
        int all = server.admin().get("/api/v1/committees?size=1&asOf=" + AS_OF).json().get("totalItems").asInt();
        assertThat(Integer.parseInt(find("#committee-count").getText())).isEqualTo(all).isPositive();

        find("#committees input[name=q]").sendKeys("专业 委员会");
        follow(find("#committees #filters button"), "q=");
        var shown = browser.driver.findElements(By.cssSelector("#committees tbody tr td:first-child a")).stream()
                .map(WebElement::getText).toList();
        assertThat(shown).isNotEmpty().allSatisfy(name -> assertThat(name).contains("专业委员会"));
        assertThat(shown).hasSize(server.admin().get("/api/v1/committees?size=1&asOf=" + AS_OF + "&q="
                + java.net.URLEncoder.encode("专业委员会", java.nio.charset.StandardCharsets.UTF_8)).json()
                .get("totalItems").asInt());

        var towns = browser.driver.findElements(By.cssSelector("#committees select[name=townId] option")).stream()
                .map(o -> o.getAttribute("value")).filter(v -> !v.isEmpty()).toList();
        boolean someTownSits = false;
        for (String town : towns) {
            int expected = server.admin().get("/api/v1/committees?size=1&asOf=" + AS_OF + "&townId=" + town).json()
                    .get("totalItems").asInt();
            open("/console/structure?asOf=" + AS_OF + "&townId=" + town);
            assertThat(Integer.parseInt(find("#committee-count").getText())).as("town %s", town).isEqualTo(expected);
            someTownSits |= expected > 0;
        }
        assertThat(someTownSits).as("towns sit on the area committees of the data set").isTrue();
        assertThat(find("#export-csv").getAttribute("href")).contains("/console/committees.csv?").contains("townId=");
    }

    @Test
    void a_meeting_shows_its_agenda_resolutions_and_the_tasks_born_from_them_by_name() throws Exception {
        signIn(TestServer.ADMIN_SECRET);
        open("/console/meetings?asOf=" + AS_OF);
        assertThat(Integer.parseInt(find("#meeting-count").getText()))
                .isEqualTo(server.admin().get("/api/v1/meetings?size=100").json().get("totalItems").asInt());
        JsonNode decided = null;
        for (JsonNode meeting : server.admin().get("/api/v1/meetings?size=100").json().get("items")) {
            if (meeting.get("resolutions").size() > 0) {
                decided = meeting;
                break;
            }
        }
        assertThat(decided).isNotNull();
        follow(find("tr[data-meeting='" + decided.get("id").asText() + "'] a"), "/meetings/");

        assertThat(find("h1").getText()).startsWith(decided.get("title").asText());
        assertThat(browser.driver.findElements(By.cssSelector("#agenda li"))).hasSize(decided.get("agenda").size());
        assertThat(browser.driver.findElements(By.cssSelector("#resolutions li")))
                .hasSize(decided.get("resolutions").size());
        var tasks = server.admin().get("/api/v1/tasks?meetingId=" + decided.get("id").asText() + "&size=100").json();
        var titles = new java.util.ArrayList<String>();
        tasks.get("items").forEach(t -> titles.add(t.get("title").asText()));
        assertThat(browser.driver.findElements(By.cssSelector("#resolutions tbody td:first-child a")).stream()
                .map(WebElement::getText).toList()).containsExactlyInAnyOrderElementsOf(titles);
        browser.screenshot("meeting");
    }

    @Test
    void projects_show_their_agreements_and_every_overdue_commitment_the_api_names() throws Exception {
        signIn(TestServer.ADMIN_SECRET);
        open("/console/projects?asOf=" + AS_OF);

        assertThat(Integer.parseInt(find("#project-count").getText()))
                .isEqualTo(server.admin().get("/api/v1/projects?size=100").json().get("totalItems").asInt());
        var overdue = server.admin().get("/api/v1/overdue-commitments?asOf=" + AS_OF).json().get("items");
        assertThat(browser.driver.findElements(By.cssSelector("#overdue-commitments tbody tr"))).hasSize(overdue.size());
        browser.screenshot("projects");
        follow(find("tbody tr td a"), "/projects/");
        assertThat(browser.driver.findElements(By.cssSelector("#commitments tbody tr"))).isNotEmpty();
    }

    @Test
    void the_grid_map_colours_each_grid_by_its_open_cases_and_leads_to_their_queue() throws Exception {
        signIn(TestServer.ADMIN_SECRET);
        open("/console/grids?level=VILLAGE&asOf=" + AS_OF);
        var features = server.admin().get("/api/v1/grids.geojson?level=VILLAGE&asOf=" + AS_OF).json().get("features");
        var shapes = browser.driver.findElements(By.cssSelector("svg.map a.grid"));
        assertThat(shapes).hasSize(features.size());
        browser.screenshot("grids");

        var busiest = shapes.get(0); // the table and the map list the busiest grid first
        String grid = busiest.getAttribute("data-grid");
        int open = Integer.parseInt(busiest.getAttribute("data-open"));
        assertThat(open).as("the data set has open cases in its grids").isPositive();
        long expected = 0;
        for (JsonNode c : server.admin().get("/api/v1/cases?gridId=" + grid + "&size=100&asOf=" + AS_OF
                + "T15:59:59Z").json().get("items")) {
            String status = c.get("status").asText();
            expected += status.equals("CLOSED") || status.equals("INVALID") ? 0 : 1;
        }
        assertThat(open).isEqualTo(expected);

        open("/console/cases?gridId=" + grid + "&asOf=" + AS_OF);
        assertThat(Integer.parseInt(find("#case-count").getText())).isEqualTo(open);
        browser.screenshot("cases");

        // the queue by category: what the API counts for the category, the options named in Chinese
        open("/console/cases?asOf=" + AS_OF);
        var categories = new org.openqa.selenium.support.ui.Select(find("select[name=category]"));
        var option = categories.getOptions().get(1);
        assertThat(option.getText()).matches(".*\\p{IsHan}.*");
        String category = option.getAttribute("value");
        long inCategory = 0;
        var ofCategory = server.admin().get("/api/v1/cases?category=" + category + "&size=100&asOf=" + AS_OF
                + "T15:59:59Z").json();
        assertThat(ofCategory.get("totalItems").asInt()).as("one page holds them all").isLessThanOrEqualTo(100);
        for (JsonNode c : ofCategory.get("items")) {
            String status = c.get("status").asText();
            inCategory += status.equals("CLOSED") || status.equals("INVALID") ? 0 : 1;
        }
        open("/console/cases?asOf=" + AS_OF + "&category=" + category);
        assertThat(Integer.parseInt(find("#case-count").getText())).isEqualTo(inCategory);
        assertThat(find("#export-csv").getAttribute("href")).contains("category=" + category);
        // and by what a case says: the word of a shown case's address finds it again
        open("/console/cases?asOf=" + AS_OF + "&category=" + category);
        String address = find("tbody tr[data-case] td:last-child").getText();
        assertThat(address).isNotBlank();
        String word = address.substring(0, Math.min(3, address.length()));
        open("/console/cases?asOf=" + AS_OF + "&category=" + category + "&q="
                + java.net.URLEncoder.encode(word, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(Integer.parseInt(find("#case-count").getText())).isPositive().isLessThanOrEqualTo((int) inCategory);
        assertThat(browser.driver.findElements(By.cssSelector("tbody tr[data-case] td:last-child"))).allSatisfy(
                cell -> assertThat(cell.getText()).contains(word));
        open("/console/cases?asOf=" + AS_OF + "&category=no-such-category");
        assertThat(find("main").getText()).contains("category").contains("没有这一类别");
    }

    @Test
    void wrong_filters_and_days_are_refused_in_chinese_naming_every_one() {
        signIn(TestServer.ADMIN_SECRET);

        open("/console/tasks?status=FINISHED&townId=not-a-town");
        assertThat(find("h1").getText()).isEqualTo("取值无效");
        assertThat(find("#problem").getText()).contains("status", "townId");
        open("/console?asOf=2023-02-30");
        assertThat(find("h1").getText()).isEqualTo("数据日期有误");
        open("/console/tasks/00000000-0000-0000-0000-000000000000");
        assertThat(find("h1").getText()).isEqualTo("未找到");
    }

    @Test
    void choosing_a_filter_reloads_the_list_in_place_and_the_address_and_export_follow_it() {
        signIn(TestServer.ADMIN_SECRET);
        open("/console/tasks?asOf=" + AS_OF);
        var page = find("html");
        int all = Integer.parseInt(find("#task-count").getText());

        new org.openqa.selenium.support.ui.Select(find("select[name=status]")).selectByValue("VERIFIED");

        var wait = new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10));
        wait.until(driver -> driver.getCurrentUrl().contains("status=VERIFIED"));
        wait.until(driver -> driver.findElements(By.cssSelector("#results tbody tr")).stream()
                .allMatch(row -> row.findElements(By.tagName("td")).get(5).getText().equals("已验收")));
        int verified = Integer.parseInt(find("#task-count").getText());
        assertThat(verified).isLessThan(all).isEqualTo(server.admin().get("/api/v1/tasks?status=VERIFIED&size=100")
                .json().get("totalItems").asInt());
        assertThat(find("#export-csv").getAttribute("href")).contains("status=VERIFIED");
        assertThat(page.isDisplayed()).as("the same page, its list swapped in place by htmx").isTrue();
    }

    /** An organization and every one under it, at any depth, as the API's organization tree has them. */
    private static java.util.Set<String> within(String organization) {
        var within = new java.util.HashSet<String>();
        var next = new java.util.ArrayDeque<String>(java.util.List.of(organization));
        while (!next.isEmpty()) {
            String id = next.pop();
            if (within.add(id)) {
                server.admin().get("/api/v1/organizations?parentId=" + id + "&size=100").json().get("items")
                        .forEach(child -> next.push(child.get("id").asText()));
            }
        }
        return within;
    }

    /** How many of these tasks have their assignee or a co-assignee among these organizations. */
    private static long concerning(JsonNode tasks, java.util.Set<String> organizations) {
        long count = 0;
        for (JsonNode task : tasks) {
            boolean concerns = organizations.contains(task.get("assigneeId").asText());
            for (JsonNode co : task.get("coAssigneeIds")) {
                concerns |= organizations.contains(co.asText());
            }
            count += concerns ? 1 : 0;
        }
        return count;
    }

    @Test
    void a_towns_operator_sees_the_overdue_work_of_the_town_and_of_its_villages_and_units() {
        var overdue = server.admin().get("/api/v1/overdue-tasks?asOf=" + AS_OF + "&size=100").json().get("items");
        String town = null;
        long expected = 0;
        for (JsonNode candidate : server.admin().get("/api/v1/organizations?kind=TOWN_PARTY_COMMITTEE&size=100").json()
                .get("items")) {
            long count = concerning(overdue, within(candidate.get("id").asText()));
            if (count > expected) {
                town = candidate.get("id").asText();
                expected = count;
            }
        }
        assertThat(town).as("a town with overdue work in the data set").isNotNull();

        signIn(server.clientFor(town, "OPERATOR").token());
        open("/console?asOf=" + AS_OF);

        assertThat(Long.parseLong(find("#overdue-total").getText())).isEqualTo(expected);
        assertThat(find("#overdue h2 small").getText()).contains("及所属单位");
    }
}
