-- Files on comments: a submitter answers a documentation request with files, staff attach
-- material to a note. A file on an internal note is as hidden from submitters as the note.
ALTER TABLE attachment ADD COLUMN comment_id BIGINT REFERENCES request_comment (id);
ALTER TABLE attachment ADD COLUMN staff_only BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX attachment_comment ON attachment (comment_id);
