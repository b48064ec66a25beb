-- Retention (DESIGN §3 and §9): a case and its files are kept until 31 December of the sixth year after its
-- performance year, then purged by a nightly run; abandoned drafts are purged after a warning e-mail.

-- A legal hold stops the purge of one case until an administrator releases it. Placing and releasing are
-- written to the case's audit trail (case_event) with their reasons; this row is the hold in force.
CREATE TABLE legal_hold (
    request_id BIGINT        NOT NULL PRIMARY KEY REFERENCES review_request (id),
    reason     VARCHAR(2000) NOT NULL,
    placed_by  VARCHAR(100)  NOT NULL,
    placed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Each purge run, nightly or started by an administrator, with what it did.
CREATE SEQUENCE retention_run_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE retention_run (
    id            BIGINT       NOT NULL PRIMARY KEY,
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at   TIMESTAMP WITH TIME ZONE,
    started_by    VARCHAR(100) NOT NULL,
    run_day       DATE         NOT NULL,
    cases_purged  INTEGER      NOT NULL,
    drafts_purged INTEGER      NOT NULL,
    drafts_warned INTEGER      NOT NULL,
    files_removed INTEGER      NOT NULL,
    held          INTEGER      NOT NULL,
    failures      INTEGER      NOT NULL,
    problems      VARCHAR(8000)
);
CREATE INDEX retention_run_started ON retention_run (started_at);

-- The retention audit log: one tombstone per purged case or draft, all that remains of it. No foreign key:
-- the case it names is gone.
CREATE TABLE case_tombstone (
    request_id       BIGINT      NOT NULL PRIMARY KEY,
    performance_year INTEGER     NOT NULL,
    number           INTEGER     NOT NULL,
    outcome          VARCHAR(30) NOT NULL,
    purge_day        DATE        NOT NULL,
    purge_rule       VARCHAR(30) NOT NULL,
    purged_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    run_id           BIGINT      NOT NULL REFERENCES retention_run (id),
    CONSTRAINT case_tombstone_rule_known CHECK (purge_rule IN ('RETENTION_PERIOD', 'ABANDONED_DRAFT'))
);
CREATE INDEX case_tombstone_run ON case_tombstone (run_id);

-- The warning mailed to the owner of an abandoned draft; the draft is purged on a run at least 30 days
-- later if it was not touched since. A draft touched after its warning loses it (and is warned again if
-- it is abandoned again).
CREATE TABLE draft_purge_warning (
    request_id BIGINT       NOT NULL PRIMARY KEY REFERENCES review_request (id),
    warned_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_to    VARCHAR(320) NOT NULL
);
