-- Reference data you can browse (issue 13 §6): every CSV import an administrator ran, when, by whom, with its
-- report, and on each record the import that last added or changed it.
CREATE SEQUENCE import_run_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE import_run (
    id            BIGINT        NOT NULL PRIMARY KEY,
    kind          VARCHAR(30)   NOT NULL,
    file_name     VARCHAR(255)  NOT NULL,
    ran_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    actor         VARCHAR(100)  NOT NULL,
    actor_name    VARCHAR(200)  NOT NULL,
    rows_imported INTEGER       NOT NULL,
    rows_refused  INTEGER       NOT NULL,
    report        VARCHAR(1000000) NOT NULL
);
CREATE INDEX import_run_by_time ON import_run (ran_at);

-- Records imported before this migration have no run: they show "before import runs were kept".
ALTER TABLE clinician ADD COLUMN import_run_id BIGINT REFERENCES import_run (id);
ALTER TABLE practice ADD COLUMN import_run_id BIGINT REFERENCES import_run (id);
ALTER TABLE virtual_group ADD COLUMN import_run_id BIGINT REFERENCES import_run (id);
ALTER TABLE apm_entity ADD COLUMN import_run_id BIGINT REFERENCES import_run (id);
