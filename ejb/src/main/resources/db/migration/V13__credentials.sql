-- Credentials (issue 12): one-time links, the account audit trail, accounts without a password yet.

-- When the owner last chose a password; NULL while nobody knows it (an invited account holds a random hash
-- that no password matches until its owner uses the link). Existing accounts chose theirs when created.
ALTER TABLE user_account ADD COLUMN password_chosen_at TIMESTAMP WITH TIME ZONE;
UPDATE user_account SET password_chosen_at = created_at;

-- Links mailed for an invitation, a password reset, an e-mail confirmation or the first administrator's
-- password. Only the SHA-256 of a link's secret is kept. A link works once (used_at), until expires_at,
-- unless a newer link of the same purpose replaced it (revoked_at).
CREATE SEQUENCE one_time_link_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE one_time_link (
    id          BIGINT       NOT NULL PRIMARY KEY,
    secret_hash VARCHAR(64)  NOT NULL,
    account_id  BIGINT       NOT NULL REFERENCES user_account (id),
    purpose     VARCHAR(30)  NOT NULL,
    detail      VARCHAR(320),
    issued_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE,
    revoked_at  TIMESTAMP WITH TIME ZONE,
    version     BIGINT       NOT NULL,
    CONSTRAINT one_time_link_hash_unique UNIQUE (secret_hash),
    CONSTRAINT one_time_link_purpose_known CHECK (purpose IN ('INVITATION', 'PASSWORD_RESET', 'EMAIL_CONFIRMATION', 'FIRST_PASSWORD'))
);
CREATE INDEX one_time_link_account ON one_time_link (account_id, purpose);

-- Who changed what on an account, and when; never changed.
CREATE SEQUENCE account_event_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE account_event (
    id          BIGINT        NOT NULL PRIMARY KEY,
    account_id  BIGINT        NOT NULL REFERENCES user_account (id),
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(100)  NOT NULL,
    actor_name  VARCHAR(200)  NOT NULL,
    what        VARCHAR(2000) NOT NULL
);
CREATE INDEX account_event_account ON account_event (account_id, occurred_at);
