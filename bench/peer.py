"""The peer modelwatch is compared with: what a data scientist would write with pandas + scipy.

Reads both CSV files with pandas.read_csv, then runs scipy.stats.ks_2samp on every column
(missing values dropped) and counts missing values, as modelwatch's drift + missing_share does.
"""
import sys

import pandas as pd
from scipy.stats import ks_2samp

reference = pd.read_csv(sys.argv[1])
current = pd.read_csv(sys.argv[2])
for column in reference.columns:
    result = ks_2samp(reference[column].dropna().to_numpy(), current[column].dropna().to_numpy())
    missing = current[column].isna().mean()
    print(column, result.statistic, result.pvalue, missing)
