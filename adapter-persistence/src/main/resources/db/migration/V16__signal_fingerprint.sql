-- What each received signal said (a SHA-256 of its content, hex): a delivery under a known event id that says
-- something else is refused. Receipts stored before this migration have none, and any replay of them is taken.
ALTER TABLE signal_receipt ADD COLUMN fingerprint VARCHAR(64);
