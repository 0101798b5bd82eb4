-- Why a paused subscription is paused: 'chat' (the chat's /pause; only the chat resumes it) or
-- 'unreachable' (sending there failed for good; it resumes when the bot can reach the chat again).
-- NULL while active; rows paused before this column are read as 'unreachable', as they all were.
ALTER TABLE subscription ADD COLUMN paused_by VARCHAR(20);
