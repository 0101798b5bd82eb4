-- The send budgets shared by every instance of the bot (JdbcRateBudget): one Bucket4j bucket a
-- row, named by a platform and a hash of its credential (never the credential itself). state is
-- Bucket4j's serialised bucket, NULL for the moment between the row's creation and its first
-- write. BYTEA is binary on PostgreSQL and an alias of VARBINARY on H2; H2 never uses the table
-- (a single instance has nothing to share) but runs the same migrations.
CREATE TABLE rate_budget (
  id VARCHAR(200) NOT NULL PRIMARY KEY,
  state BYTEA
);
