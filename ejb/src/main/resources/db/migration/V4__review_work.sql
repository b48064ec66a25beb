-- The reviewer workspace: assignment, documentation requests on a clock, decisions, and the
-- audit trail of everything done to a case.

-- Who works the case, the documentation deadline it waits on, and the decision once made.
ALTER TABLE review_request ADD COLUMN assigned_reviewer VARCHAR(100);
ALTER TABLE review_request ADD COLUMN assigned_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE review_request ADD COLUMN documentation_due_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE review_request ADD COLUMN decision_reason VARCHAR(40);
ALTER TABLE review_request ADD COLUMN decision_narrative VARCHAR(10000);
ALTER TABLE review_request ADD COLUMN decided_by VARCHAR(100);
ALTER TABLE review_request ADD COLUMN decided_at TIMESTAMP WITH TIME ZONE;

-- The queues page through cases in review by submission time (keyset: submitted_at, id), per
-- reviewer or unassigned, and by documentation deadline; each index leads with what a queue fixes.
CREATE INDEX review_request_queue ON review_request (status, assigned_reviewer, submitted_at, id);
CREATE INDEX review_request_queue_age ON review_request (status, submitted_at, id);
CREATE INDEX review_request_documentation_due ON review_request (status, documentation_due_at, id);
CREATE INDEX request_issue_type_by_type ON request_issue_type (issue_type, request_id);

-- What a reviewer handles and whether they take new cases; set by a supervisor.
CREATE TABLE reviewer_profile (
    username         VARCHAR(100) NOT NULL PRIMARY KEY,
    accepting_cases  BOOLEAN      NOT NULL,
    last_assigned_at TIMESTAMP WITH TIME ZONE,
    version          BIGINT       NOT NULL
);

CREATE TABLE reviewer_issue_type (
    username   VARCHAR(100) NOT NULL REFERENCES reviewer_profile (username),
    issue_type VARCHAR(40)  NOT NULL,
    CONSTRAINT reviewer_issue_type_pk PRIMARY KEY (username, issue_type)
);

-- One row: whether new cases are assigned automatically. Automatic assignments lock it, so two
-- cases arriving together never both go to the same "least busy" reviewer.
CREATE TABLE assignment_policy (
    id             INTEGER NOT NULL PRIMARY KEY,
    automatic      BOOLEAN NOT NULL,
    changed_by     VARCHAR(100),
    changed_at     TIMESTAMP WITH TIME ZONE,
    version        BIGINT  NOT NULL
);
INSERT INTO assignment_policy (id, automatic, version) VALUES (1, TRUE, 0);

-- A reviewer's request for documentation: 30 days by default, answered by the submitter's reply.
CREATE SEQUENCE documentation_request_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE documentation_request (
    id                BIGINT         NOT NULL PRIMARY KEY,
    request_id        BIGINT         NOT NULL REFERENCES review_request (id),
    requested_by      VARCHAR(100)   NOT NULL,
    requested_by_name VARCHAR(200)   NOT NULL,
    what_is_needed    VARCHAR(10000) NOT NULL,
    requested_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    due_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    remind_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    reminded_at       TIMESTAMP WITH TIME ZONE,
    answered_at       TIMESTAMP WITH TIME ZONE,
    answered_by       VARCHAR(100),
    answer_comment_id BIGINT,
    lapsed_at         TIMESTAMP WITH TIME ZONE,
    closed_at         TIMESTAMP WITH TIME ZONE,
    version           BIGINT         NOT NULL
);
CREATE INDEX documentation_request_request ON documentation_request (request_id, requested_at);

-- The audit trail: every action on a case, who, when and what changed. Never updated or deleted.
CREATE SEQUENCE case_event_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE case_event (
    id           BIGINT        NOT NULL PRIMARY KEY,
    request_id   BIGINT        NOT NULL REFERENCES review_request (id),
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(100)  NOT NULL,
    actor_name   VARCHAR(200)  NOT NULL,
    action       VARCHAR(40)   NOT NULL,
    details      VARCHAR(4000),
    status_from  VARCHAR(30),
    status_to    VARCHAR(30),
    case_version BIGINT
);
CREATE INDEX case_event_request ON case_event (request_id, occurred_at, id);
