-- How each chat's digests look (/digest style, /digest size): digest_style is 'summaries' or
-- 'headlines', digest_size the most stories a digest lists (1 to 50). Both NULL until the chat
-- chooses, which means summaries of up to 20 stories.
ALTER TABLE chat_settings ADD COLUMN digest_style VARCHAR(16);
ALTER TABLE chat_settings ADD COLUMN digest_size INT;
