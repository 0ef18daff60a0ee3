"""Test risk of minimum-norm least squares as the number of features p grows past the number of samples n.

Reads parameters from $TANGENT_PARAMS, prints "progress <fraction>" lines, writes results/risk.csv.
"""
import csv
import json
import os

import numpy as np

spec = json.load(open(os.environ["TANGENT_PARAMS"]))
p_ = spec["parameters"]
n, sigma2, reps = p_["n"], p_["sigma2"], p_["reps"]
gammas = p_["gammas"]
rng = np.random.default_rng(spec["seeds"][0])

rows = []
for i, gamma in enumerate(gammas):
    p = max(1, round(gamma * n))
    risks = []
    for _ in range(reps):
        beta = rng.standard_normal(p) / np.sqrt(p)
        X = rng.standard_normal((n, p))
        y = X @ beta + np.sqrt(sigma2) * rng.standard_normal(n)
        beta_hat = np.linalg.pinv(X) @ y
        risks.append(float(np.sum((beta_hat - beta) ** 2)))
    rows.append((p / n, float(np.mean(risks))))
    print(f"gamma {p / n:.3f}: excess risk {rows[-1][1]:.4f}")
    print(f"progress {(i + 1) / len(gammas):.3f}", flush=True)

os.makedirs("results", exist_ok=True)
with open("results/risk.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["gamma", "risk"])
    w.writerows(rows)
