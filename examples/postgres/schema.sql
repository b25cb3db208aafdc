-- Tables for examples/postgres/adult-income-labels.yaml: the prediction log and the late labels
-- of examples/monitors/adult-income-labels.yaml, as a team would keep them in PostgreSQL.
-- Loaded by load.sh; safe to run again (the tables are recreated).
SET client_min_messages = warning;
DROP TABLE IF EXISTS adult_predictions, adult_labels;

CREATE TABLE adult_predictions (
  request_id     text PRIMARY KEY,
  scored_at      timestamptz NOT NULL,
  age            integer,
  workclass      text,
  fnlwgt         integer,
  education      text,
  education_num  integer,
  marital_status text,
  occupation     text,
  relationship   text,
  race           text,
  sex            text,
  capital_gain   integer,
  capital_loss   integer,
  hours_per_week integer,
  native_country text,
  proba          double precision,
  pred           integer,
  model_version  text NOT NULL DEFAULT '2026.11.0'
);
CREATE INDEX ON adult_predictions (scored_at);

CREATE TABLE adult_labels (
  request_id      text NOT NULL,
  income_over_50k integer NOT NULL,
  labelled_at     timestamptz NOT NULL DEFAULT now()
);
