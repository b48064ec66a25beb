-- The text Tika read from each attachment, read once and kept: the search index is derived from
-- it and can be rebuilt without parsing a file again. A file that could not be read has a row
-- too (outcome FAILED, with the problem), so it is not retried on every rebuild.
CREATE TABLE attachment_text (
    attachment_id BIGINT        NOT NULL PRIMARY KEY REFERENCES attachment (id) ON DELETE CASCADE,
    media_type    VARCHAR(200)  NOT NULL,
    outcome       VARCHAR(20)   NOT NULL,
    problem       VARCHAR(500),
    content       VARCHAR(1000000) NOT NULL,
    extracted_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
