package org.ronghe.adapter.http.console;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.ronghe.adapter.http.support.Messages;
import org.ronghe.application.Ronghe;
import org.ronghe.application.access.port.in.AccessChange;
import org.ronghe.application.access.port.in.IssueTokenCommand;
import org.ronghe.application.access.port.in.IssuedToken;
import org.ronghe.application.access.port.in.TokenView;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.application.shared.port.Page;
import org.ronghe.domain.access.ApiTokenId;
import org.ronghe.domain.access.Role;
import org.ronghe.domain.organization.OrganizationCriteria;
import org.ronghe.domain.organization.OrganizationStatus;

/** Issuing and revoking API tokens, through the access context (which lets only ADMINs do either). */
final class Tokens {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Ronghe ronghe;
    private final Names names;
    private final Messages messages;

    Tokens(Ronghe ronghe, Names names, Messages messages) {
        this.ronghe = ronghe;
        this.names = names;
        this.messages = messages;
    }

    TokensPage page(Frame frame, Caller viewer, IssuedToken issued, String notice) {
        List<TokenView> tokens = Page.every(page -> ronghe.access().queries().tokens(viewer, null, page));
        var rows = tokens.stream().filter(t -> !t.session())
                .sorted(Comparator.comparing((TokenView t) -> !t.active()).thenComparing(TokenView::issuedAt,
                        Comparator.reverseOrder()))
                .map(t -> new TokensPage.Row(t.id().toString(), names.organization(t.organizationId()), label(t.role()),
                        t.label() == null ? "" : t.label(), WHEN.format(t.issuedAt().atZone(Console.CITY_TIME)),
                        t.active(), t.version()))
                .toList();
        var organizations = Page.every(page -> ronghe.organizations().queries().organizations(
                new OrganizationCriteria(null, null, OrganizationStatus.ACTIVE), page)).stream()
                .map(o -> new Choice(o.id().toString(), o.name(), false)).toList();
        var roles = Arrays.stream(Role.values()).map(r -> new Choice(r.name(), label(r), r == Role.OPERATOR)).toList();
        var shown = issued == null ? null : new TokensPage.Issued(names.organization(issued.token().organizationId()),
                label(issued.token().role()), issued.secret());
        return new TokensPage(frame, organizations, roles, rows, shown, notice);
    }

    IssuedToken issue(Caller caller, String organization, String role, String label) {
        return ronghe.access().commands().issue(caller, IssueTokenCommand.parse(organization, role, label));
    }

    void revoke(Caller caller, ApiTokenId id, long version) {
        ronghe.access().commands().change(caller, new AccessChange.Revoke(id, version));
    }

    private String label(Enum<?> value) {
        return messages.label(value, Messages.Language.ZH);
    }
}
