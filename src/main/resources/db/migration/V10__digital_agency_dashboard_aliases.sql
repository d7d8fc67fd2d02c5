-- The metric names of data/2023-2026/da_dashboard_monthly_national.csv.
INSERT INTO metric_alias (alias, metric_id) VALUES
('mynahokensho_registrations', 'health-insurance-registrations'),
('mynahokensho_registration_rate_pct', 'health-insurance-registration-rate');
