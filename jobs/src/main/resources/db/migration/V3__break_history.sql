-- The break history of the nightly runs (docs/reconciliation.md, "Break history").
-- Plain SQL that HSQLDB 2.7 and PostgreSQL 15 both accept. As in the store's other
-- tables, text is never NULL: a blank is ''.

-- One row per night whose history is recorded, written in the same transaction as that
-- night's rows of cr_break_history: a night is there exactly when its history is.
CREATE TABLE cr_night (
    as_of DATE NOT NULL PRIMARY KEY,
    recorded_at TIMESTAMP NOT NULL
);

-- Per night, every break_id seen up to it and where it stands (history.csv's columns;
-- key, object and field renamed, as in cr_result_break). A rerun of a night replaces its
-- rows; the next night reads the rows of the newest night before it.
CREATE TABLE cr_break_history (
    as_of DATE NOT NULL,
    break_id VARCHAR(40) NOT NULL,
    break_object VARCHAR(16) NOT NULL,
    break_key VARCHAR(4000) NOT NULL,
    reported_key VARCHAR(4000) NOT NULL,
    field_name VARCHAR(4000) NOT NULL,
    currency VARCHAR(4000) NOT NULL,
    partner_id VARCHAR(4000) NOT NULL,
    first_seen DATE NOT NULL,
    last_seen DATE NOT NULL,
    status VARCHAR(16) NOT NULL,
    difference NUMERIC(38,18),
    previous_difference NUMERIC(38,18),
    PRIMARY KEY (as_of, break_id),
    FOREIGN KEY (as_of) REFERENCES cr_night (as_of)
);
