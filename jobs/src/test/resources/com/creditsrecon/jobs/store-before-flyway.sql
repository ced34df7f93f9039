-- A store as the release before Flyway (245aa82) left it after a run: its tables exactly as
-- StoreTables.ddl() made them, the extracts' indexes as their imports made them, no
-- flyway_schema_history, and a few rows. Spring Batch's tables are left out: Spring Boot makes
-- them whenever they are missing, as it did then. The comment on cr_partners is the tests' own
-- mark: a table dropped and made anew would lose it.
CREATE TABLE IF NOT EXISTS cr_partners (partner_id VARCHAR(4000), partner_name VARCHAR(4000), country VARCHAR(2), region VARCHAR(4000), tenant_domains VARCHAR(4000), source_line BIGINT NOT NULL);
CREATE TABLE IF NOT EXISTS cr_offers (offer_id VARCHAR(4000), offer_name VARCHAR(4000), benefit_code VARCHAR(4000), benefit_type VARCHAR(4000), amount NUMERIC(38,18), currency VARCHAR(3), activate_within_days INTEGER, source_line BIGINT NOT NULL);
CREATE TABLE IF NOT EXISTS cr_billing_profiles (billing_profile_id VARCHAR(4000), billing_account_id VARCHAR(4000), partner_id VARCHAR(4000), profile_type VARCHAR(4000), currency VARCHAR(3), has_payment_instrument BOOLEAN, created_on DATE, source_line BIGINT NOT NULL);
CREATE TABLE IF NOT EXISTS cr_purchases (purchase_id VARCHAR(4000), partner_id VARCHAR(4000), offer_id VARCHAR(4000), billing_account_id VARCHAR(4000), purchase_date DATE, membership_end DATE, status VARCHAR(4000), status_date DATE, source_line BIGINT NOT NULL);
CREATE TABLE IF NOT EXISTS cr_users (upn VARCHAR(4000), partner_id VARCHAR(4000), user_type VARCHAR(4000), partner_admin BOOLEAN, source_line BIGINT NOT NULL);
CREATE TABLE IF NOT EXISTS cr_profile_roles (billing_profile_id VARCHAR(4000), upn VARCHAR(4000), role_name VARCHAR(4000), source_line BIGINT NOT NULL, partner_id VARCHAR(4000));
CREATE TABLE IF NOT EXISTS cr_subscriptions (subscription_id VARCHAR(4000), billing_profile_id VARCHAR(4000), created_on DATE, source_line BIGINT NOT NULL, partner_id VARCHAR(4000));
CREATE TABLE IF NOT EXISTS cr_rollout (rollout_scope VARCHAR(4000), modernized_from DATE, source_line BIGINT NOT NULL);
CREATE TABLE IF NOT EXISTS cr_actions (action_id VARCHAR(4000), action_at TIMESTAMP, action VARCHAR(4000), actor_upn VARCHAR(4000), benefit_id VARCHAR(4000), billing_profile_id VARCHAR(4000), subscription_id VARCHAR(4000), user_upn VARCHAR(4000), target_id VARCHAR(4000), action_value VARCHAR(4000), source_line BIGINT NOT NULL, partner_id VARCHAR(4000));
CREATE TABLE IF NOT EXISTS cr_reported_lots (billing_profile_id VARCHAR(4000), lot_reference VARCHAR(4000), lot_source VARCHAR(4000), currency VARCHAR(3), original_amount NUMERIC(38,18), closed_balance NUMERIC(38,18), start_date DATE, expiration_date DATE, status VARCHAR(4000), as_of DATE, source_line BIGINT NOT NULL);
CREATE TABLE IF NOT EXISTS cr_reported_events (billing_profile_id VARCHAR(4000), lot_id VARCHAR(4000), transaction_date DATE, event_type VARCHAR(4000), currency VARCHAR(3), new_credit NUMERIC(38,18), charges NUMERIC(38,18), credit_expired NUMERIC(38,18), canceled_credit NUMERIC(38,18), adjustments NUMERIC(38,18), closed_balance NUMERIC(38,18), invoice_number VARCHAR(4000), source_line BIGINT NOT NULL, partner_id VARCHAR(4000), profile_key VARCHAR(4000), profile_id VARCHAR(4000));
CREATE TABLE IF NOT EXISTS cr_reported_benefits (benefit_id VARCHAR(4000), status VARCHAR(4000), redeemed_on DATE, billing_profile_id VARCHAR(4000), expiry_date DATE, credits_consumed NUMERIC(38,18), as_of DATE, source_line BIGINT NOT NULL);
CREATE TABLE IF NOT EXISTS cr_usage_last_day (charge_date DATE NOT NULL);
CREATE TABLE IF NOT EXISTS cr_input_file (file_id INTEGER NOT NULL PRIMARY KEY, path VARCHAR(4000) NOT NULL, extract VARCHAR(40) NOT NULL, export_seq INTEGER, read_rows BIGINT NOT NULL, loaded BIGINT NOT NULL, rejected BIGINT NOT NULL, superseded BIGINT NOT NULL, sha256 VARCHAR(64));
CREATE INDEX IF NOT EXISTS ix_cr_partners_partner_id ON cr_partners (partner_id);
CREATE INDEX IF NOT EXISTS ix_cr_billing_profiles_partner_id ON cr_billing_profiles (partner_id);
CREATE INDEX IF NOT EXISTS ix_cr_purchases_partner_id ON cr_purchases (partner_id);
CREATE INDEX IF NOT EXISTS ix_cr_users_partner_id ON cr_users (partner_id);
CREATE INDEX IF NOT EXISTS ix_cr_profile_roles_partner_id ON cr_profile_roles (partner_id);
CREATE INDEX IF NOT EXISTS ix_cr_subscriptions_partner_id ON cr_subscriptions (partner_id);
CREATE INDEX IF NOT EXISTS ix_cr_actions_partner_id ON cr_actions (partner_id);
CREATE INDEX IF NOT EXISTS ix_cr_reported_events_partner_id_profile_key ON cr_reported_events (partner_id, profile_key);
INSERT INTO cr_partners (partner_id, partner_name, country, region, tenant_domains, source_line) VALUES ('P-OLD-1', 'Kept Partner One', 'DE', 'EMEA', NULL, 2);
INSERT INTO cr_partners (partner_id, partner_name, country, region, tenant_domains, source_line) VALUES ('P-OLD-2', 'Kept Partner Two', 'US', 'AMER', 'two.example', 3);
INSERT INTO cr_usage_last_day (charge_date) VALUES (DATE '2026-09-30');
INSERT INTO cr_input_file (file_id, path, extract, export_seq, read_rows, loaded, rejected, superseded, sha256) VALUES (1, 'partners.csv', 'partners', NULL, 2, 2, 0, 0, NULL);
COMMENT ON TABLE cr_partners IS 'written by the release before Flyway';
