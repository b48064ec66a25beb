-- Targeted Review requests (cases) and what the portal needs around them.

CREATE TABLE submission_window (
    performance_year INTEGER NOT NULL PRIMARY KEY,
    opens_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    closes_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    extended_until   TIMESTAMP WITH TIME ZONE,
    version          BIGINT NOT NULL
);

-- The last number handed out per performance year ("2020 TARGETED REVIEW ID: 17").
CREATE TABLE request_counter (
    performance_year INTEGER NOT NULL PRIMARY KEY,
    last_number      INTEGER NOT NULL
);

CREATE SEQUENCE review_request_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE review_request (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    performance_year     INTEGER      NOT NULL,
    number               INTEGER      NOT NULL,
    title                VARCHAR(100) NOT NULL,
    status               VARCHAR(30)  NOT NULL,
    owner_username       VARCHAR(100) NOT NULL,
    application_type     VARCHAR(20),
    npi                  VARCHAR(10),
    tin                  VARCHAR(9),
    virtual_group_id     VARCHAR(20),
    apm_entity_id        VARCHAR(20),
    party_name           VARCHAR(300),
    clinician_type       VARCHAR(200),
    practice_tin         VARCHAR(9),
    practice_name        VARCHAR(300),
    practice_not_listed  BOOLEAN      NOT NULL,
    service_desk_ticket  VARCHAR(20),
    contact_phone        VARCHAR(20),
    contact_phone_ext    VARCHAR(6),
    contact_email        VARCHAR(320),
    relationship         VARCHAR(20),
    relationship_other   VARCHAR(200),
    explanation          VARCHAR(20000),
    certified_by         VARCHAR(100),
    certified_at         TIMESTAMP WITH TIME ZONE,
    disclosure_text      VARCHAR(10000),
    last_step            VARCHAR(20),
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_at         TIMESTAMP WITH TIME ZONE,
    withdrawn_at         TIMESTAMP WITH TIME ZONE,
    version              BIGINT       NOT NULL,
    CONSTRAINT review_request_year_number UNIQUE (performance_year, number),
    CONSTRAINT review_request_status_known CHECK (status IN
        ('DRAFT_IN_PROGRESS', 'DRAFT_COMPLETE', 'SUBMITTED_IN_REVIEW', 'APPROVED', 'DENIED', 'WITHDRAWN'))
);
CREATE INDEX review_request_owner ON review_request (owner_username);
CREATE INDEX review_request_status ON review_request (status, performance_year);

CREATE TABLE request_access_email (
    request_id BIGINT       NOT NULL REFERENCES review_request (id),
    email      VARCHAR(320) NOT NULL,
    CONSTRAINT request_access_email_pk PRIMARY KEY (request_id, email)
);
CREATE INDEX request_access_email_by_email ON request_access_email (email);

CREATE TABLE request_category (
    request_id BIGINT      NOT NULL REFERENCES review_request (id),
    category   VARCHAR(40) NOT NULL,
    CONSTRAINT request_category_pk PRIMARY KEY (request_id, category)
);

CREATE TABLE request_issue_type (
    request_id BIGINT      NOT NULL REFERENCES review_request (id),
    issue_type VARCHAR(40) NOT NULL,
    CONSTRAINT request_issue_type_pk PRIMARY KEY (request_id, issue_type)
);

-- Participation reference data, imported from CSV by an administrator.
CREATE TABLE clinician (
    npi            VARCHAR(10)  NOT NULL PRIMARY KEY,
    name           VARCHAR(300) NOT NULL,
    clinician_type VARCHAR(200) NOT NULL
);

CREATE TABLE practice (
    tin        VARCHAR(9)   NOT NULL PRIMARY KEY,
    legal_name VARCHAR(300) NOT NULL
);

CREATE TABLE clinician_practice (
    npi VARCHAR(10) NOT NULL REFERENCES clinician (npi),
    tin VARCHAR(9)  NOT NULL REFERENCES practice (tin),
    CONSTRAINT clinician_practice_pk PRIMARY KEY (npi, tin)
);

CREATE TABLE virtual_group (
    virtual_group_id VARCHAR(20)  NOT NULL PRIMARY KEY,
    name             VARCHAR(300) NOT NULL
);

CREATE TABLE apm_entity (
    apm_entity_id VARCHAR(20)  NOT NULL PRIMARY KEY,
    name          VARCHAR(300) NOT NULL
);

-- Supporting documentation; the bytes live in the content-addressed store on disk.
CREATE SEQUENCE attachment_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE attachment (
    id          BIGINT       NOT NULL PRIMARY KEY,
    request_id  BIGINT       NOT NULL REFERENCES review_request (id),
    file_name   VARCHAR(255) NOT NULL,
    size_bytes  BIGINT       NOT NULL,
    sha256      VARCHAR(64)  NOT NULL,
    media_type  VARCHAR(200) NOT NULL,
    uploaded_by VARCHAR(100) NOT NULL,
    uploaded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX attachment_request ON attachment (request_id);
