"""Optimizer updates against the weights MXNet 1.9.1 computed for the same inputs (mxnet_reference.json).

distnet evaluates each fused kernel's expression in the kernel's order and precision (and reductions such as
LAMB's norms in MXNet's accumulation order), so the weights must agree bit for bit.
"""
import json
import os
import warnings

import numpy as np
import pytest

import distnet as mx
from optimizer_replay import CASES, run_case

with open(os.path.join(os.path.dirname(__file__), "mxnet_reference.json")) as f:
    REFERENCE = json.load(f)


def test_reference_covers_every_case():
    assert [(r["name"], r["kwargs"]) for r in REFERENCE] == [(n, json.loads(json.dumps(k))) for n, k in CASES]
    assert {r["mxnet_version"] for r in REFERENCE} == {"1.9.1"}


@pytest.mark.parametrize("mode", ["direct", "updater"])
@pytest.mark.parametrize("case", range(len(REFERENCE)), ids=[f"{r['name']}{i}" for i, r in enumerate(REFERENCE)])
def test_weights_match_mxnet_after_three_steps(case, mode):
    ref = REFERENCE[case]
    dtype = np.dtype(ref["kwargs"].get("dtype", "float32"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")     # float16 without multi_precision warns, as in MXNet
        ours = run_case(mx, ref["name"], ref["kwargs"], mode)
    for mine, theirs in zip(ours, ref[mode]):
        np.testing.assert_array_equal(np.array(mine, dtype), np.array(theirs, dtype))
