package org.reviewdesk.api.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.reviewdesk.api.ApiClient;
import org.reviewdesk.api.ApiClientKind;
import org.reviewdesk.api.ApiClients;
import org.reviewdesk.api.ApiToken;
import org.reviewdesk.api.ApiTokens;
import org.reviewdesk.api.IssuedToken;
import org.reviewdesk.security.web.CurrentUser;
import org.reviewdesk.validation.FormField;
import org.reviewdesk.validation.InvalidInput;
import org.reviewdesk.validation.web.FormErrors;
import org.reviewdesk.web.Pages;

/**
 * The administrator's screen for the REST API: organisations, the tokens issued to them with
 * their last use, issuing a token (its secret shown once) and revoking one.
 */
@Named
@ViewScoped
public class ApiClientAdmin implements Serializable {

    @EJB
    ApiClients clients;

    @EJB
    ApiTokens tokens;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    private final FormErrors errors = new FormErrors();

    private String organisationName;
    private ApiClientKind kind = ApiClientKind.REGISTRY_QCDR;
    private String contactEmail;

    private Long tokenClientId;
    private String tokenLabel;
    /** The last day the token works, typed as 2027-06-30; empty for the default (a year). */
    private String tokenExpiresOn;

    /** The secret of the token just issued: shown once, never kept beyond this view (transient). */
    private transient String issuedSecret;

    private String issuedFor;

    private List<ApiClient> allClients = List.of();
    private List<ApiToken> allTokens = List.of();

    @PostConstruct
    public void load() {
        allClients = clients.all();
        List<ApiToken> listed = new ArrayList<>();
        for (ApiClient client : allClients) {
            listed.addAll(tokens.of(client.id()));
        }
        allTokens = listed;
    }

    public void register() {
        errors.clear();
        forgetSecret();
        try {
            ApiClient client = clients.register(organisationName, kind, contactEmail, currentUser.getUsername());
            Pages.info(client.organisationName() + " is registered; issue it a token below");
            tokenClientId = client.id();
            organisationName = null;
            contactEmail = null;
        } catch (InvalidInput refused) {
            errors.show(refused);
        }
        load();
    }

    public void issue() {
        errors.clear();
        forgetSecret();
        if (tokenClientId == null) {
            errors.show(new InvalidInput(FormField.ORGANISATION, "Choose the organisation the token is for"));
            return;
        }
        try {
            IssuedToken issued = tokens.issue(tokenClientId, tokenLabel, tokenExpiresOn, currentUser.getUsername());
            issuedSecret = issued.secret();
            issuedFor = issued.token().client().organisationName() + " ("
                    + issued.token().label() + ")";
            tokenLabel = null;
            tokenExpiresOn = null;
        } catch (InvalidInput refused) {
            errors.show(refused);
        }
        load();
    }

    public void revoke(ApiToken token) {
        errors.clear();
        forgetSecret();
        try {
            tokens.revoke(token.id(), currentUser.getUsername());
            Pages.info("The token \"" + token.label() + "\" of "
                    + token.client().organisationName() + " is revoked; its next call is refused");
        } catch (InvalidInput refused) {
            errors.show(refused);
        }
        load();
    }

    /** Hides the secret after it was copied, so it does not stay on the screen. */
    public void forgetSecret() {
        issuedSecret = null;
        issuedFor = null;
    }

    /** "expired", "expires soon" (within {@link ApiToken#WARNING_LEAD}) or nothing, beside the token's expiry. */
    public String expiryState(ApiToken token) {
        Instant now = clock.instant();
        if (token.isExpiredAt(now)) {
            return "expired";
        }
        return token.expiresSoonAt(now) ? "expires soon" : "";
    }

    public ApiClientKind[] getKinds() {
        return ApiClientKind.values();
    }

    public List<ApiClient> getClients() {
        return allClients;
    }

    public List<ApiToken> getTokens() {
        return allTokens;
    }

    public FormErrors getErrors() {
        return errors;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public void setOrganisationName(String organisationName) {
        this.organisationName = organisationName;
    }

    public ApiClientKind getKind() {
        return kind;
    }

    public void setKind(ApiClientKind kind) {
        this.kind = kind;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public Long getTokenClientId() {
        return tokenClientId;
    }

    public void setTokenClientId(Long tokenClientId) {
        this.tokenClientId = tokenClientId;
    }

    public String getTokenLabel() {
        return tokenLabel;
    }

    public void setTokenLabel(String tokenLabel) {
        this.tokenLabel = tokenLabel;
    }

    public String getTokenExpiresOn() {
        return tokenExpiresOn;
    }

    public void setTokenExpiresOn(String tokenExpiresOn) {
        this.tokenExpiresOn = tokenExpiresOn;
    }

    public String getIssuedSecret() {
        return issuedSecret;
    }

    public String getIssuedFor() {
        return issuedFor;
    }
}
