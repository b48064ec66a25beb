-- Searches a reviewer or supervisor keeps under a name of their own, to run again in one click.
CREATE TABLE saved_search (
    id             BIGINT        NOT NULL PRIMARY KEY,
    owner_username VARCHAR(100)  NOT NULL,
    name           VARCHAR(100)  NOT NULL,
    query          VARCHAR(2000) NOT NULL,
    filters        VARCHAR(2000) NOT NULL,
    overdue_only   BOOLEAN       NOT NULL,
    sort_order     VARCHAR(20)   NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT saved_search_name UNIQUE (owner_username, name)
);
CREATE SEQUENCE saved_search_seq START WITH 50 INCREMENT BY 50;
