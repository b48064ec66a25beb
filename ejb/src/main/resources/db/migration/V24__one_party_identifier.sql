-- A request keeps one identifier, of the kind its application type calls for (issue 14): the NPI of an
-- Individual or Unknown request, the TIN of a Group, the ID of a Virtual Group or APM Entity. Until now it had
-- one column per kind, of which only the type's was ever set. Every row keeps its identifier, whatever its
-- status; a draft without a type has none and keeps none. practice_tin, the practice an individual billed
-- under, is a different thing and stays.
ALTER TABLE review_request ADD COLUMN identifier VARCHAR(20);

UPDATE review_request SET identifier = CASE application_type
        WHEN 'INDIVIDUAL' THEN npi
        WHEN 'UNKNOWN' THEN npi
        WHEN 'GROUP' THEN tin
        WHEN 'VIRTUAL_GROUP' THEN virtual_group_id
        WHEN 'APM_ENTITY' THEN apm_entity_id
    END
WHERE application_type IS NOT NULL;

ALTER TABLE review_request DROP COLUMN npi;
ALTER TABLE review_request DROP COLUMN tin;
ALTER TABLE review_request DROP COLUMN virtual_group_id;
ALTER TABLE review_request DROP COLUMN apm_entity_id;

-- Possible duplicates are the open cases of a year naming the same identifier.
CREATE INDEX review_request_identifier ON review_request (identifier, performance_year);
