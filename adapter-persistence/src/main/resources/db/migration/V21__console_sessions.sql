-- A console session is a token that expires (docs/adr/0020): opened by signing in with an API token, ended by
-- signing out or by its expiry. API tokens keep a NULL expiry: they last until an ADMIN revokes them.
ALTER TABLE api_token ADD COLUMN expires_at TIMESTAMP WITH TIME ZONE;
