-- Replies by e-mail (DESIGN §10). Every notification about a request carries, in its Reply-To,
-- a token of its own recipient: a reply is filed only through a token that is known, and only
-- while that address may still see the request. Only the SHA-256 of a token is kept.
CREATE SEQUENCE reply_token_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE reply_token (
    id         BIGINT       NOT NULL PRIMARY KEY,
    token_hash VARCHAR(64)  NOT NULL,
    request_id BIGINT       NOT NULL REFERENCES review_request (id),
    recipient  VARCHAR(320) NOT NULL,
    issued_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT reply_token_hash_unique UNIQUE (token_hash)
);
CREATE INDEX reply_token_request ON reply_token (request_id);

-- Files of a reply by e-mail that were not attached, each named with the reason, one per line.
ALTER TABLE request_comment ADD COLUMN refused_files VARCHAR(4000);

-- When each member of review staff last opened a case: what was written after that by someone
-- else is "New" to them on the case page.
CREATE TABLE case_reading (
    request_id BIGINT       NOT NULL REFERENCES review_request (id),
    username   VARCHAR(100) NOT NULL,
    read_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT case_reading_pk PRIMARY KEY (request_id, username)
);
