package org.reviewdesk.mail;

/**
 * An e-mail that arrived in the replies mailbox, reduced to what becomes a comment.
 *
 * @param messageId its Message-ID, which identifies it if it is read twice
 * @param from      the sender's address
 * @param subject   its subject, which names the request ("[Review Desk #42]")
 * @param text      its plain text, quoted history included
 */
public record InboundReply(String messageId, String from, String subject, String text) {
}
