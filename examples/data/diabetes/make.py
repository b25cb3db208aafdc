"""Writes examples/data/diabetes/{reference,current}.csv: a regression model's scored batches.

Run from the repository root with Debian's Python (scikit-learn 1.2):
    /usr/bin/python3 examples/data/diabetes/make.py
Deterministic: numpy default_rng(20261202); running it again writes the same bytes.

Data: scikit-learn's bundled diabetes data in its original units, load_diabetes(scaled=False)
(442 patients, Efron, Hastie, Johnstone & Tibshirani 2004; origin and licence in README.md).

1. A seeded permutation of the 442 rows: the first 222 train the model, the next 110 are the
   reference batch, the last 110 the current batch. No row is in two of them.
2. The model: ordinary least squares (sklearn LinearRegression) of `progression` (the disease
   progression one year after baseline) on the ten baseline variables.
3. The shift, in the current batch only, applied before scoring: the clinic's new scale reads
   weight 10% high, so every current `bmi` is 1.10 x the true value (rounded to 0.1, as the data
   writes it). `progression` is the true outcome and does not change: the model is fed an input
   that drifted, and over-predicts (its coefficient on bmi is positive).
4. Both batches are scored by the same model: `predicted` is its prediction, written at full
   precision (repr), so the CSV holds the very doubles the model returned.
"""
import numpy as np
import pandas as pd
from sklearn.datasets import load_diabetes
from sklearn.linear_model import LinearRegression

SEED = 20261202
BMI_FACTOR = 1.10
OUT = "examples/data/diabetes"

frame = load_diabetes(scaled=False, as_frame=True).frame.rename(columns={"target": "progression"})
features = [c for c in frame.columns if c != "progression"]
# Whole-number columns (sex is coded 1/2) are written without ".0".
for column in ["age", "sex", "s1", "s6", "progression"]:
    assert (frame[column] == frame[column].round()).all(), column
    frame[column] = frame[column].astype(int)

order = np.random.default_rng(SEED).permutation(len(frame))
train = frame.iloc[order[:222]]
reference = frame.iloc[order[222:332]].copy()
current = frame.iloc[order[332:]].copy()

model = LinearRegression().fit(train[features], train["progression"])

current["bmi"] = (current["bmi"] * BMI_FACTOR).round(1)

for name, batch in [("reference", reference), ("current", current)]:
    batch["predicted"] = model.predict(batch[features])
    path = f"{OUT}/{name}.csv"
    batch.to_csv(path, index=False)
    back = pd.read_csv(path, float_precision="round_trip")
    assert back.equals(batch.reset_index(drop=True)), f"{path} does not read back exactly"
    print(f"wrote {len(batch)} rows to {path}")
