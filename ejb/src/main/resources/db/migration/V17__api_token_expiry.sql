-- Every API token expires. Tokens issued before expiry existed work for one more year from this
-- migration, and their clients are warned 30 days before like those of new tokens.
ALTER TABLE api_token ADD COLUMN expires_at TIMESTAMP WITH TIME ZONE;
UPDATE api_token SET expires_at = CURRENT_TIMESTAMP + INTERVAL '1' YEAR;
ALTER TABLE api_token ALTER COLUMN expires_at SET NOT NULL;

-- When the client's contact was warned; set once, by the server whose update claimed it.
ALTER TABLE api_token ADD COLUMN expiry_warned_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX api_token_expiry ON api_token (expires_at);
