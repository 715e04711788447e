"""Gluon layers and losses give MXNet 1.9.1's outputs and gradients (recorded in reference.json)."""
import json
import os

import numpy as np
import pytest

import distnet as mx
import layer_cases

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "reference.json")) as f:
    REFERENCE = json.load(f)


def _compare(got, expected, what):
    assert sorted(got) == sorted(expected), f"{what}: results {sorted(got)} vs MXNet's {sorted(expected)}"
    for key, value in expected.items():
        np.testing.assert_allclose(np.asarray(got[key]), np.asarray(value), rtol=1e-4, atol=2e-5,
                                   err_msg=f"{what}: {key}")


@pytest.mark.parametrize("hybridize", [False, True], ids=["imperative", "hybridized"])
@pytest.mark.parametrize("case", layer_cases.LAYERS, ids=[c[0] for c in layer_cases.LAYERS])
def test_layer_matches_mxnet(case, hybridize):
    case_id, source, inputs, mode = case
    got = layer_cases.run_layer(mx, source, inputs, mode, hybridize=hybridize)
    _compare(got, REFERENCE["layers"][case_id], f"{case_id} ({source})")


@pytest.mark.parametrize("case", layer_cases.LOSSES, ids=[c[0] for c in layer_cases.LOSSES])
def test_loss_matches_mxnet(case):
    case_id, source, pred, label, weighted = case
    got = layer_cases.run_loss(mx, source, pred, label, weighted)
    _compare(got, REFERENCE["losses"][case_id], f"{case_id} ({source})")
