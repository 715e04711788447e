"""np.random.multinomial checks that pvals sum to at most 1 in their own dtype (values measured on MXNet 1.9.1)."""
import pytest

import distnet as mx
from distnet import np


def test_float32_pvals_summing_to_one_in_float32_are_accepted():
    mx.random.seed(0)
    pvals = [0.0, 0.1, 0.2, 0.3, 0.4]
    draws = [np.random.multinomial(10, p).asnumpy().tolist()
             for p in (pvals, np.array(pvals, dtype="float32"), np.array(pvals, dtype="float64"))]
    assert draws == [[0, 1, 2, 3, 4], [0, 0, 1, 3, 6], [0, 0, 4, 4, 2]]


@pytest.mark.parametrize("pvals", [[0.5, 0.6], [0.3, 0.3, 0.3, 0.3], [0.7, 0.30000001, 0.1]])
@pytest.mark.parametrize("kind", ["list", "float32", "float64"])
def test_pvals_summing_past_one_are_refused(pvals, kind):
    p = pvals if kind == "list" else np.array(pvals, dtype=kind)
    with pytest.raises(mx.MXNetError):
        np.random.multinomial(10, p).asnumpy()     # (the kernel's check: raised when read)
