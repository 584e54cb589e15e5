"""Correspondence analysis: qualcode's numpy SVD against prince.CA (measured once to choose; prince is not a
dependency).

Run:  pip install prince && python benchmarks/compare_ca_prince.py
"""

import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
import prince  # noqa: E402

from qualcode.explore._ca import ca_table  # noqa: E402

smoke = pd.DataFrame([[4, 2, 3, 2], [4, 3, 7, 4], [25, 10, 12, 4], [18, 24, 33, 13], [10, 6, 7, 2]],
                     index=["SM", "JM", "SE", "JE", "SC"], columns=["none", "light", "medium", "heavy"])
rng = np.random.default_rng(0)
big = pd.DataFrame(rng.poisson(5, (2000, 30)) + 1, index=[f"w{i}" for i in range(2000)],
                   columns=[f"g{j}" for j in range(30)])
for name, t in (("smoke", smoke), ("2000x30", big)):
    t0 = time.perf_counter()
    ours = ca_table(t, 2)
    a = time.perf_counter() - t0
    t0 = time.perf_counter()
    pr = prince.CA(n_components=2, random_state=0).fit(t)
    rc = pr.row_coordinates(t)
    b = time.perf_counter() - t0
    mine = ours.coordinates[ours.coordinates.kind == "row"][["dim1", "dim2"]].to_numpy()
    diff = np.max(np.abs(np.abs(mine) - np.abs(rc.to_numpy())))
    eig = np.max(np.abs(ours.eigenvalues.eigenvalue.to_numpy()[:2] - pr.eigenvalues_[:2]))
    print(f"{name}: numpy SVD {a * 1000:.1f} ms, prince {b * 1000:.1f} ms, max |coord diff| {diff:.2e}, "
          f"max |eigenvalue diff| {eig:.2e}")
