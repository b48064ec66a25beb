/**
 * E-mail: the outbox, the dispatcher to SMTP, the mail log, reply addresses, the replies mailbox, and the notifications
 * that {@code CaseMail} queues for the events the domain fires; above the domain, used only by accounts and credentials.
 */
package org.reviewdesk.mail;
