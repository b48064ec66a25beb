-- Each pending deadline with the handle of its persistent EJB timer, so it is cancelled by that
-- handle instead of by scanning every timer, and its failed attempts: a deadline whose handler
-- keeps failing waits here, with the reason, for an administrator (the dead-letter screen).
CREATE SEQUENCE scheduled_deadline_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE scheduled_deadline (
    id            BIGINT        NOT NULL PRIMARY KEY,
    kind          VARCHAR(100)  NOT NULL,
    subject       VARCHAR(200)  NOT NULL,
    due_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    timer_handle  VARCHAR(4000),
    attempts      INTEGER       NOT NULL,
    last_failure  VARCHAR(2000),
    failed_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT scheduled_deadline_kind_subject UNIQUE (kind, subject)
);
