"""Writes examples/data/wine/{reference,current}.csv: a multiclass model's scored batches.

Run from the repository root with Debian's Python (scikit-learn 1.2):
    /usr/bin/python3 examples/data/wine/make.py
Deterministic: numpy default_rng(20261203); running it again writes the same bytes.

Data: scikit-learn's bundled wine recognition data, load_wine() (178 wines from three
cultivars of one Italian region; origin and licence in README.md). Classes are written as
scikit-learn names them: class_0 (59 wines), class_1 (71), class_2 (48).

1. A stratified half of the rows (train_test_split, test_size=0.5, random_state=20261203)
   trains the model; the other 89 wines, scored, are the reference batch.
2. The model: a logistic regression (sklearn defaults, lbfgs, multinomial) on four of the
   thirteen measurements, standardised: alcohol, malic_acid, color_intensity, hue. A small
   model on purpose, so that it makes mistakes a monitor can measure (about 1 in 10).
3. The shift: 178 wines are too few for a second disjoint batch with a different class mix, so
   the current batch is 300 wines drawn with replacement from the 89 held-out wines, 60 of
   class_0, 75 of class_1 and 165 of class_2 (20/25/55% against the reference's 33/40/27%),
   shuffled: the cellar now takes in mostly class_2 grapes. Within each class the wines are
   those of the reference, so this is pure label shift: P(measurements | class) is unchanged.
4. Labels arriving late: the lab confirms a wine's cultivar some time after the model scored
   it; the last 90 of the 300 current rows have no confirmed `cultivar` yet (an empty cell).
5. Columns: the four measurements, `cultivar` (the truth), `predicted` (the most probable
   class) and `p_class_0`, `p_class_1`, `p_class_2` (the model's probabilities, full precision).
"""
import numpy as np
import pandas as pd
from sklearn.datasets import load_wine
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

SEED = 20261203
FEATURES = ["alcohol", "malic_acid", "color_intensity", "hue"]
CURRENT_COUNTS = {"class_0": 60, "class_1": 75, "class_2": 165}
UNLABELLED_TAIL = 90
OUT = "examples/data/wine"

wine = load_wine(as_frame=True)
frame = wine.frame[FEATURES].copy()
frame["cultivar"] = [wine.target_names[t] for t in wine.target]

train, reference = train_test_split(frame, test_size=0.5, stratify=frame["cultivar"], random_state=SEED)
model = make_pipeline(StandardScaler(), LogisticRegression()).fit(train[FEATURES], train["cultivar"])
assert list(model.classes_) == ["class_0", "class_1", "class_2"]

rng = np.random.default_rng(SEED)
drawn = [reference[reference["cultivar"] == c].iloc[rng.integers(0, (reference["cultivar"] == c).sum(), n)] for c, n in CURRENT_COUNTS.items()]
current = pd.concat(drawn).iloc[rng.permutation(sum(CURRENT_COUNTS.values()))].copy()


def scored(batch: pd.DataFrame) -> pd.DataFrame:
    proba = model.predict_proba(batch[FEATURES])
    out = batch.reset_index(drop=True)
    out["predicted"] = model.classes_[proba.argmax(axis=1)]
    for k, c in enumerate(model.classes_):
        out[f"p_{c}"] = proba[:, k]
    return out


reference, current = scored(reference), scored(current)
current.loc[len(current) - UNLABELLED_TAIL :, "cultivar"] = np.nan

for name, batch in [("reference", reference), ("current", current)]:
    path = f"{OUT}/{name}.csv"
    batch.to_csv(path, index=False)
    back = pd.read_csv(path, float_precision="round_trip")
    assert back.equals(batch), f"{path} does not read back exactly"
    print(f"wrote {len(batch)} rows to {path}")
