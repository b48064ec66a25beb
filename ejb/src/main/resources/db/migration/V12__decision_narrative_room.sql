-- An automatic denial quotes the documentation request it lapsed on (up to 10,000 characters) with its own
-- framing; the narrative column had room only for 10,000 in all, so such a denial failed and its timer was lost.
ALTER TABLE review_request ALTER COLUMN decision_narrative SET DATA TYPE VARCHAR(20000);
