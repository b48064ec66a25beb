-- Accounts: read by the application and by WildFly's Elytron realm (wildfly-config/40-security.cli).
-- EclipseLink takes a sequence value as the last ID of a block of 50, so sequences start at 50.
CREATE SEQUENCE user_account_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE user_account (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    username            VARCHAR(100) NOT NULL,
    display_name        VARCHAR(200) NOT NULL,
    email               VARCHAR(320) NOT NULL,
    password_hash       VARCHAR(100) NOT NULL,
    password_salt       VARCHAR(100) NOT NULL,
    password_iterations INTEGER      NOT NULL,
    enabled             BOOLEAN      NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT       NOT NULL,
    CONSTRAINT user_account_username_unique UNIQUE (username)
);

CREATE TABLE user_role (
    user_id   BIGINT      NOT NULL REFERENCES user_account (id),
    role_name VARCHAR(20) NOT NULL,
    CONSTRAINT user_role_pk PRIMARY KEY (user_id, role_name),
    CONSTRAINT user_role_known CHECK (role_name IN ('SUBMITTER', 'REVIEWER', 'SUPERVISOR', 'ADMIN'))
);

-- Request keys intake has processed: a redelivered message never acts twice.
CREATE SEQUENCE intake_receipt_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE intake_receipt (
    id          BIGINT       NOT NULL PRIMARY KEY,
    request_key VARCHAR(200) NOT NULL,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT intake_receipt_key_unique UNIQUE (request_key)
);
