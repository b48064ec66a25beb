package org.reviewdesk.mail;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.reviewdesk.configuration.Settings;
import org.reviewdesk.validation.EmailAddress;

/**
 * The reply addresses of notifications (DESIGN §10): the configured replies mailbox
 * ({@link Settings#replyAddress}) with a recipient's own token after a {@code +}, such as
 * {@code replies+3f9c…@reviewdesk.example.org}. Every notification to every recipient gets a
 * token of its own, bound to the request and that recipient; a reply is filed only through one.
 */
@Stateless
public class ReplyAddresses {

    /** How a token is set off from the mailbox's own local part (subaddressing, RFC 5233). */
    private static final char SEPARATOR = '+';

    @PersistenceContext
    EntityManager em;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    /** Whether notifications carry reply addresses: only when the replies mailbox is configured. */
    public boolean enabled() {
        return settings.replyAddress().isPresent();
    }

    /** A new reply address for one notification about the request to this recipient. */
    public String issue(long requestId, String recipient) {
        Mailbox mailbox = mailbox()
                .orElseThrow(
                        () -> new IllegalStateException("No reply address is configured (REVIEWDESK_REPLY_ADDRESS)"));
        String token = ReplyToken.generate();
        em.persist(new ReplyToken(token, requestId, recipient, clock.instant()));
        return mailbox.local() + SEPARATOR + token + "@" + mailbox.domain();
    }

    /**
     * The token an e-mail was sent to, found among the addresses it was delivered to (To, Cc and
     * the delivery headers), if one of them is the replies mailbox with a known token.
     */
    public Optional<ReplyToken> tokenOf(Collection<String> addressedTo) {
        Optional<Mailbox> mailbox = mailbox();
        if (mailbox.isEmpty()) {
            return Optional.empty();
        }
        return addressedTo.stream()
                .map(address -> mailbox.get().tokenIn(address))
                .flatMap(Optional::stream)
                .map(token -> em.createNamedQuery(ReplyToken.BY_HASH, ReplyToken.class)
                        .setParameter("hash", ReplyToken.hash(token))
                        .getResultStream()
                        .findFirst())
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** Whether any of these addresses is the replies mailbox with something in the place of a token. */
    public boolean carriesAToken(Collection<String> addressedTo) {
        return mailbox()
                .map(mailbox -> addressedTo.stream()
                        .anyMatch(address -> mailbox.tokenIn(address).isPresent()))
                .orElse(false);
    }

    private Optional<Mailbox> mailbox() {
        return settings.replyAddress().map(address -> {
            String plain = EmailAddress.parse(address, "REVIEWDESK_REPLY_ADDRESS");
            int at = plain.lastIndexOf('@');
            return new Mailbox(plain.substring(0, at), plain.substring(at + 1));
        });
    }

    /** The replies mailbox, split where its token goes. */
    private record Mailbox(String local, String domain) {

        /** The token of {@code local+token@domain}, when the address is that and the token has a token's form. */
        Optional<String> tokenIn(String address) {
            String plain = address == null ? "" : address.strip().toLowerCase(Locale.ROOT);
            String prefix = local + SEPARATOR;
            String suffix = "@" + domain;
            if (!plain.startsWith(prefix)
                    || !plain.endsWith(suffix)
                    || plain.length() <= prefix.length() + suffix.length()) {
                return Optional.empty();
            }
            String token = plain.substring(prefix.length(), plain.length() - suffix.length());
            return ReplyToken.FORMAT.matcher(token).matches() ? Optional.of(token) : Optional.empty();
        }
    }
}
