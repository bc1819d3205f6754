package org.ronghe.adapter.http.cases;

import java.time.InstantSource;
import java.util.List;

import org.ronghe.adapter.http.support.ApiDoc;
import org.ronghe.adapter.http.support.ApiDoc.Schema;
import org.ronghe.adapter.http.support.ApiDocs;
import org.ronghe.adapter.http.support.ApiRoute;
import org.ronghe.adapter.http.support.JsonBody;
import org.ronghe.adapter.http.support.Reply;
import org.ronghe.adapter.http.support.RequestIds;
import org.ronghe.adapter.http.support.RouteGroup;
import org.ronghe.adapter.http.support.Security;
import org.ronghe.adapter.http.support.SignatureRejectedException;
import org.ronghe.application.cases.CaseModule;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.domain.access.Actor;
import org.ronghe.domain.access.Role;
import org.ronghe.domain.cases.SignalSource;

import io.javalin.http.Context;

/**
 * {@code POST /api/v1/intake/sign-platform}: a town's digital sign platform pushes its signals here, signed with its
 * secret instead of a token (see {@link SignPlatforms} and the README). Deliveries may come twice or out of order:
 * the body's {@code eventId} is taken in once, and the same id with another signal is refused (422).
 */
public record SignPlatformRoutes(CaseModule cases, SignPlatforms platforms, InstantSource clock) implements RouteGroup {

    static final String WEBHOOK = "/api/v1/intake/sign-platform";

    @Override
    public List<ApiRoute> routes() {
        return List.of(ApiRoute.signed(WEBHOOK, this::deliver));
    }

    private Reply deliver(Context ctx) {
        SignPlatforms.SignPlatform platform;
        try {
            platform = platforms.verify(ctx.header("X-Ronghe-Platform"), ctx.header("X-Ronghe-Timestamp"),
                    ctx.header("X-Ronghe-Signature"), ctx.bodyAsBytes(), clock.instant());
        } catch (SignatureRejectedException e) {
            Security.failedAuthentication(ctx); // a signature is guessed as a token is
            throw e;
        }
        var body = JsonBody.of(ctx, "eventId", "category", "location", "address", "description", "photos",
                "reportedAt");
        String eventId = body.text("eventId");
        var command = CaseRoutes.signal(body, SignalSource.SIGN_PLATFORM, eventId, "eventId");
        // the platform reports as an operator of the town it serves: the audit trail names that town
        var caller = new Caller(new Actor(platform.town(), Role.OPERATOR), null, RequestIds.of(ctx));
        return CaseRoutes.intake(cases.commands().receive(caller, command));
    }

    @Override
    public ApiDocs docs() {
        return ApiDocs.of("sign-platform", "数字体征平台推送 · The towns' digital sign platforms push signals, signed",
                ApiDoc.post(WEBHOOK, "signPlatformWebhook",
                        "a sign platform's signal (congestion, illegal building, a blocked fire lane, waterlogging, a high-point camera alert), signed instead of a token")
                        .description("Headers: X-Ronghe-Platform (the platform's configured id), X-Ronghe-Timestamp"
                                + " (the Unix second it was sent, within 5 minutes of the server's time) and"
                                + " X-Ronghe-Signature: sha256=<hex of HMAC-SHA256(secret, timestamp + \".\" + body)>."
                                + " A replay of an eventId answers its case (200); the same eventId with another"
                                + " signal is 422.")
                        .query(ApiDoc.Query.header("X-Ronghe-Platform", "{\"type\":\"string\"}",
                                "the sending platform's configured id"),
                                ApiDoc.Query.header("X-Ronghe-Timestamp", "{\"type\":\"string\",\"pattern\":\"^[0-9]{1,12}$\"}",
                                        "the Unix second the delivery was sent (within 5 minutes of the server's time)"),
                                ApiDoc.Query.header("X-Ronghe-Signature",
                                        "{\"type\":\"string\",\"pattern\":\"^sha256=[0-9a-fA-F]{64}$\"}",
                                        "sha256=<hex of HMAC-SHA256 under the platform's secret of timestamp + \".\" + body>"))
                        .takes(Delivery.class)
                        .status(200, "a repeat joined an open case (DUPLICATE), or the event was taken in before (ALREADY_RECEIVED)")
                        .status(401, "an unknown platform, a stale timestamp, or a signature that is not the platform's over this body")
                        .status(409, "no case policy is adopted yet")
                        .status(422, "the event id was used for another signal (400 names an unknown category)")
                        .answers(201, "a new case", Schema.of(CaseRoutes.IntakeResource.class)));
    }

    /** The body a sign platform posts. */
    record Delivery(@ApiDoc.About("the platform's own id for the event") String eventId, String category,
            CaseDocs.Point location, @ApiDoc.Optional String address, String description,
            @ApiDoc.Optional @ApiDoc.MaxItems(9) List<String> photos,
            @ApiDoc.Optional java.time.Instant reportedAt) {
    }
}
