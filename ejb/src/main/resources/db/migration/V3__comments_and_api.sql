-- The conversation about a request, and the REST API for intermediaries: organisations, their
-- tokens, the request keys they sent, and the files they upload before the request that names them.

-- Comments and their threads; internal notes are for review staff only.
CREATE SEQUENCE request_comment_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE request_comment (
    id              BIGINT         NOT NULL PRIMARY KEY,
    request_id      BIGINT         NOT NULL REFERENCES review_request (id),
    parent_id       BIGINT         REFERENCES request_comment (id),
    author_username VARCHAR(100)   NOT NULL,
    author_name     VARCHAR(200)   NOT NULL,
    body            VARCHAR(20000) NOT NULL,
    internal_note   BOOLEAN        NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX request_comment_request ON request_comment (request_id, created_at);
CREATE INDEX request_comment_parent ON request_comment (parent_id);

-- Organisations that file requests through the REST API.
CREATE SEQUENCE api_client_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE api_client (
    id                BIGINT       NOT NULL PRIMARY KEY,
    organisation_name VARCHAR(200) NOT NULL,
    kind              VARCHAR(20)  NOT NULL,
    contact_email     VARCHAR(320) NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by        VARCHAR(100) NOT NULL,
    CONSTRAINT api_client_kind_known CHECK (kind IN ('REGISTRY_QCDR', 'EHR_VENDOR', 'OTHER'))
);
CREATE UNIQUE INDEX api_client_name_unique ON api_client (organisation_name);

-- Their bearer tokens: only the SHA-256 of each secret is kept.
CREATE SEQUENCE api_token_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE api_token (
    id           BIGINT       NOT NULL PRIMARY KEY,
    client_id    BIGINT       NOT NULL REFERENCES api_client (id),
    token_hash   VARCHAR(64)  NOT NULL,
    hint         VARCHAR(10)  NOT NULL,
    label        VARCHAR(100) NOT NULL,
    issued_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    issued_by    VARCHAR(100) NOT NULL,
    revoked_at   TIMESTAMP WITH TIME ZONE,
    revoked_by   VARCHAR(100),
    last_used_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT api_token_hash_unique UNIQUE (token_hash)
);
CREATE INDEX api_token_client ON api_token (client_id);

-- The request keys each client sent: a key belongs to the first client that used it.
CREATE SEQUENCE api_filing_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE api_filing (
    id          BIGINT       NOT NULL PRIMARY KEY,
    client_id   BIGINT       NOT NULL REFERENCES api_client (id),
    request_key VARCHAR(100) NOT NULL,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT api_filing_key_unique UNIQUE (request_key)
);
CREATE INDEX api_filing_client ON api_filing (client_id);

-- Files an API client uploaded for requests it will send; the bytes are in the attachment store.
CREATE SEQUENCE pending_file_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE pending_file (
    id             BIGINT       NOT NULL PRIMARY KEY,
    owner_username VARCHAR(100) NOT NULL,
    sha256         VARCHAR(64)  NOT NULL,
    file_name      VARCHAR(255) NOT NULL,
    size_bytes     BIGINT       NOT NULL,
    media_type     VARCHAR(200) NOT NULL,
    uploaded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pending_file_owner_sha256 UNIQUE (owner_username, sha256)
);

-- Which case each processed request key became, so a sender can follow its request by key.
-- Receipts written before this migration know no case.
ALTER TABLE intake_receipt ADD COLUMN request_id BIGINT;
ALTER TABLE intake_receipt ADD CONSTRAINT intake_receipt_request FOREIGN KEY (request_id) REFERENCES review_request (id);
