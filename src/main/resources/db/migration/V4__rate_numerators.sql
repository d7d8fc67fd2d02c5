-- A rate's numerator is the figure of another metric at the same area, date, breakdown and source.
ALTER TABLE metric ADD COLUMN numerator_metric_id text REFERENCES metric (id);
UPDATE metric SET numerator_metric_id = 'cards-issued' WHERE id = 'cards-issued-rate';
UPDATE metric SET numerator_metric_id = 'cards-held' WHERE id = 'cards-held-rate';
UPDATE metric SET numerator_metric_id = 'applications' WHERE id = 'application-rate';
UPDATE metric SET numerator_metric_id = 'health-insurance-registrations' WHERE id = 'health-insurance-registration-rate';
UPDATE metric SET numerator_metric_id = 'public-fund-account-registrations' WHERE id = 'public-fund-account-registration-rate';
UPDATE metric SET numerator_metric_id = 'health-insurance-card-uses' WHERE id = 'health-insurance-usage-rate';
