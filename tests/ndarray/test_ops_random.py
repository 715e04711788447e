"""Random operators with a gradient: Dropout and multinomial's log-probabilities, checked with the mask
and the draws held fixed (the op is reseeded before every call, so every call draws the same numbers)."""
import numpy as np
import pytest
from opcheck import Case, run_case

import distnet as mx
from distnet.ndarray.registry import OPS

PROBS = np.array([[0.2, 0.5, 0.3], [0.6, 0.1, 0.3]])

CASES = [
    Case("Dropout", (3, 4), p=0.4, mode="always"),
    Case("Dropout", (2, 3, 4), p=0.5, mode="always", axes=(1,), label="axes"),
    Case("_sample_multinomial", PROBS, shape=5, get_prob=True, output=1),
]


@pytest.fixture
def reseeded(monkeypatch):
    """Reseed before each forward of the random ops, so finite differences see one fixed sample."""
    for name in ("Dropout", "_sample_multinomial"):
        op = OPS[name]
        fwd = op.fwd

        def fixed(*args, _fwd=fwd, **attrs):
            mx.random.seed(11)
            return _fwd(*args, **attrs)
        monkeypatch.setattr(op, "fwd", fixed)


@pytest.mark.parametrize("case", CASES, ids=repr)
def test_op(case, reseeded):
    run_case(case)


def test_dropout_gradient_is_the_mask():
    x = mx.nd.ones((50,))
    x.attach_grad()
    with mx.autograd.record():
        y = mx.nd.Dropout(x, p=0.3)
    y.backward()
    np.testing.assert_array_equal(x.grad.asnumpy(), y.asnumpy())
    assert set(np.unique(y.asnumpy())) == {0.0, np.float32(1) / np.float32(0.7)}
