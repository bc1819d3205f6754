package org.ronghe.benchmarks.baseline;

import java.util.concurrent.atomic.AtomicLong;

import org.jdbi.v3.core.Jdbi;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;

/**
 * The bare stack Ronghe is measured against: Javalin 7 and JDBI on the same backend, with nothing
 * else — no authentication, no audit, no versions. {@code GET /rows/{id}} reads a JSON row by primary
 * key; {@code POST /rows} inserts the request body as a row and commits it durably (H2 with
 * WRITE_DELAY=0, PostgreSQL with fsync and synchronous commit on, as Ronghe runs them).
 *
 * <p>{@code java -cp ronghe-benchmarks.jar org.ronghe.benchmarks.baseline.BaselineServer JDBC_URL PORT [USER PASSWORD]}
 */
public final class BaselineServer {

    /** Rows seeded for the reads: ids 1 to this. */
    public static final int SEEDED_ROWS = 10_000;

    private BaselineServer() {
    }

    public static void main(String[] args) {
        if (args.length != 2 && args.length != 4) {
            System.err.println("usage: BaselineServer JDBC_URL PORT [USER PASSWORD]");
            System.exit(2);
        }
        long started = System.nanoTime();
        String url = args[0].startsWith("jdbc:h2:") && !args[0].toUpperCase().contains("WRITE_DELAY")
                ? args[0] + ";WRITE_DELAY=0" : args[0];
        var pool = new HikariConfig();
        pool.setJdbcUrl(url);
        if (args.length == 4) {
            pool.setUsername(args[2]);
            pool.setPassword(args[3]);
        }
        pool.setMaximumPoolSize(8);
        var jdbi = Jdbi.create(new HikariDataSource(pool));
        long seeded = seed(jdbi);
        var next = new AtomicLong(jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(MAX(id), 0) FROM bench_row")
                .mapTo(Long.class).one()));
        var app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.addHttpHandler(HandlerType.GET, "/rows/{id}", ctx -> {
                long id = Long.parseLong(ctx.pathParam("id"));
                var doc = jdbi.withHandle(h -> h.createQuery("SELECT doc FROM bench_row WHERE id = :id").bind("id", id)
                        .mapTo(String.class).findOne());
                if (doc.isEmpty()) {
                    ctx.status(404);
                    return;
                }
                ctx.contentType("application/json").result(doc.get());
            });
            config.routes.addHttpHandler(HandlerType.POST, "/rows", ctx -> {
                long id = next.incrementAndGet();
                String body = ctx.body();
                jdbi.useHandle(h -> h.createUpdate("INSERT INTO bench_row (id, doc) VALUES (:id, :doc)")
                        .bind("id", id).bind("doc", body).execute());
                ctx.status(201).contentType("application/json").result("{\"id\":" + id + "}");
            });
            config.routes.addHttpHandler(HandlerType.GET, "/health", ctx -> ctx.result("ok"));
        });
        app.start(Integer.parseInt(args[1]));
        System.out.println("baseline serving on port " + app.port() + " over " + url + " (" + seeded
                + " rows; started in " + (System.nanoTime() - started) / 1_000_000 + " ms)");
    }

    /** A JSON document of the size of a committee as Ronghe answers it (about 2 KB). */
    static String document(long id) {
        var members = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            members.append(i == 0 ? "" : ",").append("{\"organizationId\":\"00000000-0000-0000-0000-")
                    .append(String.format("%012d", id * 100 + i)).append("\",\"role\":\"PARTICIPATING\",")
                    .append("\"since\":\"2022-03-01\",\"until\":null}");
        }
        return "{\"id\":" + id + ",\"tier\":\"AREA\",\"name\":\"西门历史文化街区片区融委会\",\"status\":\"ESTABLISHED\","
                + "\"members\":[" + members + "],\"version\":3}";
    }

    private static long seed(Jdbi jdbi) {
        return jdbi.inTransaction(h -> {
            h.execute("CREATE TABLE IF NOT EXISTS bench_row (id BIGINT NOT NULL PRIMARY KEY, doc VARCHAR(100000) NOT NULL)");
            long rows = h.createQuery("SELECT COUNT(*) FROM bench_row").mapTo(Long.class).one();
            if (rows == 0) {
                var batch = h.prepareBatch("INSERT INTO bench_row (id, doc) VALUES (:id, :doc)");
                for (long id = 1; id <= SEEDED_ROWS; id++) {
                    batch.bind("id", id).bind("doc", document(id)).add();
                }
                batch.execute();
                rows = SEEDED_ROWS;
            }
            return rows;
        });
    }
}
