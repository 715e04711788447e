"""einsum without optimize adds each output's products one by one from +0.0, in float64, as MXNet's kernel."""
import numpy as onp
import pytest

from distnet import np

pytestmark = pytest.mark.usefixtures("np_semantics")


def sequential(subscripts, a, b):
    inputs, output = subscripts.split("->")
    terms = onp.einsum(f"{inputs}->{output}j", a.astype(onp.float64), b.astype(onp.float64))
    acc = onp.zeros(terms.shape[:-1])
    for k in range(terms.shape[-1]):
        acc = acc + terms[..., k]
    return acc


def test_products_are_added_in_order_not_pairwise():
    rng = onp.random.RandomState(0)
    a = rng.randn(3, 300) * 10.0 ** rng.randint(-8, 8, (3, 300))
    b = rng.randn(300)
    got = np.einsum("ij,j->i", np.array(a, dtype="float64"), np.array(b, dtype="float64")).asnumpy()
    assert got.tobytes() == sequential("ij,j->i", a, b).tobytes()
    pairwise = onp.einsum("ij,j->i", a, b)
    assert got.tobytes() != pairwise.tobytes()     # (the data tells the two orders apart)


def test_a_sum_of_negative_zeros_is_positive_zero():
    a = np.array(onp.full((2, 4), -0.0, onp.float32))
    out = np.einsum("ij,j->i", a, np.ones(4)).asnumpy()
    assert not onp.signbit(out).any()
