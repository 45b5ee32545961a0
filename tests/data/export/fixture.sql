-- A small book for the export tests: commas, quotes, line breaks, Chinese, and cells a
-- spreadsheet would run as formulas (=, +, -, @, a leading tab).
INSERT INTO teams (id, name, manager_id) VALUES ('T1', 'Enterprise East', 'U1');
INSERT INTO users (id, name, team) VALUES
    ('U1', 'Alice Martin', 'T1'),
    ('U2', '王小明', 'T1'),
    ('U3', 'Bob "Bobby" Chen', NULL);
INSERT INTO accounts (id, name, owner_id, segment, arr, currency, licenses, renewal_date, lifecycle_stage,
                      status, archived) VALUES
    ('A01', 'Acme, Inc.', 'U1', 'enterprise', 250000, 'USD', 120, '2026-03-31', 'adoption', 'active', 0),
    ('A02', '华为科技', 'U2', 'mid_market', 98000.5, 'CNY', 40, '2025-12-01', 'renewal', 'at_risk', 0),
    ('A03', '=1+1', 'U1', 'smb', -500, 'USD', 5, '2026-01-15', 'onboarding', 'active', 0),
    ('A04', '+cmd', 'U3', 'smb', NULL, 'EUR', NULL, NULL, 'trial', 'active', 0),
    ('A05', '-2', 'U3', 'enterprise', 0, 'USD', 0, '2025-11-30', 'expansion', 'active', 0),
    ('A06', '@SUM(A1)', 'U9', NULL, 1000000, 'USD', 900, '2027-02-28', NULL, 'churned', 0),
    ('A07', char(9) || 'Tabbed Ltd', 'U1', 'mid_market', 12000, 'GBP', 10, 'soon', 'adoption', 'active', 0),
    ('A08', 'Quote "Q" Corp' || char(13, 10) || 'second line', 'U2', 'enterprise', 50000, 'USD', 25,
     '2026-06-30', 'adoption', 'on_hold', 0),
    ('A09', 'Archived Co', 'U1', 'smb', 1, 'USD', 1, '2025-01-01', 'adoption', 'churned', 1),
    ('A10', 'Plain Co', 'U2', '=HYPERLINK("http://evil.example")', '-3+4', 'USD', 2, '2026-09-01', 'adoption',
     'active', 0);
UPDATE accounts SET last_activity_at = '2025-11-02T09:30:00Z' WHERE id = 'A01';
UPDATE accounts SET last_activity_at = '2025-10-15T12:00:00Z' WHERE id = 'A02';
