-- Every audit entry names who acted (issue 15): the token, or what the system was doing when it acted
-- without one (loading a data set, the bootstrap, the recovery command), which request_id held.
ALTER TABLE audit_entry ADD COLUMN actor VARCHAR(300);
UPDATE audit_entry SET actor = CASE WHEN actor_token IS NOT NULL THEN 'token:' || actor_token
                                    ELSE 'system:' || request_id END;
ALTER TABLE audit_entry ALTER COLUMN actor SET NOT NULL;
