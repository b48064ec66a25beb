/**
 * An e-mail reply becomes a comment ({@code ReplyFiling}, {@code ReplyConsumer}): only through the token of its
 * reply address, for the recipient it was issued to. Above {@code mail}, which reads and parses replies, and {@code comment}.
 */
package org.reviewdesk.reply;
