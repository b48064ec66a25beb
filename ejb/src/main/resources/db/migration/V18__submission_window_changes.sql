-- Submission windows on a screen (issue 13 §1): who created, corrected or extended a performance year's
-- window, when, what changed and why. Never changed; supervisors read it beside the windows.
CREATE SEQUENCE window_change_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE window_change (
    id               BIGINT        NOT NULL PRIMARY KEY,
    performance_year INTEGER       NOT NULL REFERENCES submission_window (performance_year),
    occurred_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    actor            VARCHAR(100)  NOT NULL,
    actor_name       VARCHAR(200)  NOT NULL,
    what             VARCHAR(500)  NOT NULL,
    reason           VARCHAR(1000) NOT NULL
);
CREATE INDEX window_change_by_year ON window_change (performance_year, occurred_at);
