-- The mail log (issue 13 §4): every e-mail Review Desk sends, recorded in the transaction that queues it, with its
-- recipients, subject, rendered body and delivery state. One row per e-mail handed to SMTP: a notification about a
-- request with reply addresses goes to each recipient separately (each its own Reply-To), so it has one row per
-- recipient; any other mail has one row with all its recipients. Secrets are not kept: neither the Reply-To (it
-- carries a reply token, of which only the hash is stored, reply_token) nor a one-time link in the body.
CREATE SEQUENCE mail_log_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE mail_log (
    id              BIGINT          NOT NULL PRIMARY KEY,
    -- The outbox key: the Message-ID of every attempt, and what the mail queue's message names.
    mail_key        VARCHAR(36)     NOT NULL,
    -- The request the mail is about, or NULL (account mail). No foreign key: retention purges a case's mail by it.
    request_id      BIGINT,
    -- Whether replies to it are filed on the request (resending then issues a new reply address).
    replies_filed   BOOLEAN         NOT NULL,
    recipients      VARCHAR(32000)  NOT NULL,
    subject         VARCHAR(1000)   NOT NULL,
    -- The text as sent, except a one-time link (password reset, invitation, e-mail confirmation): only its hash is
    -- stored anywhere (one_time_link), so the log shows a placeholder instead, and such a mail is never resent.
    body            VARCHAR(200000) NOT NULL,
    secret_withheld BOOLEAN         NOT NULL,
    state           VARCHAR(10)     NOT NULL,
    queued_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE,
    attempts        INTEGER         NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE,
    -- The last SMTP error (retrying, dead), or why it was not sent.
    last_error      VARCHAR(2000),
    version         BIGINT          NOT NULL,
    CONSTRAINT mail_log_key_unique UNIQUE (mail_key),
    CONSTRAINT mail_log_state_known CHECK (state IN ('QUEUED', 'SENT', 'RETRYING', 'DEAD', 'NOT_SENT')),
    CONSTRAINT mail_log_attempts_counted CHECK (attempts >= 0)
);
CREATE INDEX mail_log_queued ON mail_log (queued_at);
CREATE INDEX mail_log_state ON mail_log (state, queued_at);
CREATE INDEX mail_log_request ON mail_log (request_id);

-- Who resent a dead (or unsent) mail, and when: the audit of the administrator's "Resend".
CREATE TABLE mail_resend (
    mail_id   BIGINT       NOT NULL REFERENCES mail_log (id) ON DELETE CASCADE,
    resent_at TIMESTAMP WITH TIME ZONE NOT NULL,
    resent_by VARCHAR(100) NOT NULL
);
CREATE INDEX mail_resend_mail ON mail_resend (mail_id);
