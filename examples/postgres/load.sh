#!/usr/bin/env bash
# Loads the example prediction log and labels into PostgreSQL for adult-income-labels.yaml.
#
#   examples/postgres/load.sh "$PREDICTIONS_DB_URL"
#
# Needs psql (Debian: postgresql-client). The columns the CSV leaves empty become NULL.
set -euo pipefail
url=${1:?usage: load.sh postgres://user:password@host:port/database}
here=$(cd "$(dirname "$0")" && pwd)
data=$here/../data/adult-labels
psql "$url" --quiet -v ON_ERROR_STOP=1 -f "$here/schema.sql"
psql "$url" --quiet -v ON_ERROR_STOP=1 \
  -c "\\copy adult_predictions (request_id, scored_at, age, workclass, fnlwgt, education, education_num, marital_status, occupation, relationship, race, sex, capital_gain, capital_loss, hours_per_week, native_country, proba, pred) from '$data/predictions.csv' with (format csv, header true)" \
  -c "\\copy adult_labels (request_id, income_over_50k) from '$data/labels.csv' with (format csv, header true)"
psql "$url" --quiet -At -c "select 'loaded ' || (select count(*) from adult_predictions) || ' predictions and ' || (select count(*) from adult_labels) || ' labels'"
