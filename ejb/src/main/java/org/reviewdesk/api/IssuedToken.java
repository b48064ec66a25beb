package org.reviewdesk.api;

/**
 * A token just issued, with its secret: the one moment the secret exists outside the client's
 * hands. Show it once and drop it.
 */
public record IssuedToken(ApiToken token, String secret) {

    @Override
    public String toString() {
        return "IssuedToken[" + token.label() + " " + token.hint() + "]";
    }
}
