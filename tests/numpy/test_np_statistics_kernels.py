"""mx.np percentile/quantile of half data, histogram edges and checks, average weights as MXNet 1.9.1 (values
recorded from it)."""
import numpy as onp
import pytest

import distnet as mx
from distnet import np
from distnet.base import MXNetError


pytestmark = pytest.mark.usefixtures("np_semantics")


def _half():
    return np.array([[3.5, -1.25, 7.0, 0.5], [2.0, 9.5, -4.0, 1.0]], dtype="float16")


def test_half_percentiles_round_each_weighted_neighbour_to_half_and_add_as_floats():
    r = np.percentile(_half(), 33.3, axis=0)
    assert (r.dtype, r.asnumpy().tobytes().hex()) == ("float32", "00f01f40002015400000adbe00a02a3f")
    assert np.percentile(_half(), 33.3, axis=1).asnumpy().tobytes().hex() == "201cff3ec0b97e3f"
    assert np.quantile(_half(), 0.333).asnumpy().tobytes().hex() == "00602a3f"
    assert np.percentile(_half(), 0).dtype == "float32"


def test_histogram_edges_are_low_plus_i_times_width_over_bins():
    counts, edges = np.histogram(np.array([1., 2., 2., 3.5, 5.], dtype="float64"), 5, (1, 5))
    assert edges.asnumpy().tobytes().hex()[48:64] == "3333333333330b40"      # 3.4 exactly, not 3.4000000000000004
    assert counts.asnumpy().tolist() == [1, 2, 0, 1, 1]


@pytest.mark.parametrize("kwargs, name", [({"weights": np.array([1., 2.])}, "weights"), ({"density": True}, "density"),
                                          ({"normed": True}, "normed")])
def test_histogram_refuses_weights_density_and_normed(kwargs, name):
    with pytest.raises(NotImplementedError, match=f"{name} is not supported yet"):
        np.histogram(np.array([1., 2.]), 4, (0, 5), **kwargs)


def test_average_refuses_weights_of_another_dtype():
    with pytest.raises(MXNetError, match="Type inconsistent, Provided = float32, inferred type = int32"):
        np.average(np.array([[3, -1], [2, 9]], dtype="int32"), axis=1, weights=np.array([1., 2.]))


@pytest.mark.parametrize("axis, w_shape", [(1, (3,)), (0, (2,)), (None, (2, 3)), (1, (2, 3))])
def test_weighted_average_gradients_match_finite_differences(axis, w_shape):
    rng = onp.random.RandomState(1)
    a0, w0 = rng.uniform(0.5, 2, (2, 3)), rng.uniform(0.5, 2, w_shape)
    a, w = np.array(a0, dtype="float64"), np.array(w0, dtype="float64")
    a.attach_grad()
    w.attach_grad()
    head = onp.linspace(0.5, 1.5, onp.average(a0, axis, w0).size).reshape(onp.average(a0, axis, w0).shape)
    with mx.autograd.record():
        y = np.average(a, axis, w)
    y.backward(np.array(head, dtype="float64"))
    for value, got, other_is_a in ((a0, a.grad.asnumpy(), True), (w0, w.grad.asnumpy(), False)):
        want = onp.zeros_like(value)
        for idx in onp.ndindex(*value.shape):
            step = onp.zeros_like(value)
            step[idx] = 1e-6
            f = (lambda v: (onp.average(v, axis, w0) * head).sum()) if other_is_a else \
                (lambda v: (onp.average(a0, axis, v) * head).sum())
            want[idx] = (f(value + step) - f(value - step)) / 2e-6
        onp.testing.assert_allclose(got, want, rtol=1e-6, atol=1e-9)
