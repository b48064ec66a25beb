-- Sign-in throttling (docs/operations.md, "Sign-in throttling and sessions"): failed sign-ins counted per user name as
-- typed (whether or not such an account exists, so a wait tells nobody which names exist) and per client address.
-- In the database, not in a node's memory, so several nodes behind a load balancer count together (DESIGN §11).
CREATE TABLE sign_in_throttle (
    kind            VARCHAR(10)  NOT NULL,
    subject         VARCHAR(100) NOT NULL,
    failures        INTEGER      NOT NULL,
    last_failure_at TIMESTAMP WITH TIME ZONE NOT NULL,
    blocked_until   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT sign_in_throttle_pk PRIMARY KEY (kind, subject),
    CONSTRAINT sign_in_throttle_kind_known CHECK (kind IN ('ACCOUNT', 'ADDRESS')),
    CONSTRAINT sign_in_throttle_failures_counted CHECK (failures >= 0)
);
CREATE INDEX sign_in_throttle_last_failure ON sign_in_throttle (last_failure_at);

-- When each account last signed in (null: never); the administrator's account list shows it.
ALTER TABLE user_account ADD COLUMN last_sign_in_at TIMESTAMP WITH TIME ZONE;
