"""Random operators with a gradient: Dropout and multinomial's log-probabilities, checked with the mask
and the draws held fixed (the op is reseeded before every call, so every call draws the same numbers)."""
import numpy as np
import pytest
from opcheck import Case, run_case

import distnet as mx
from distnet import nd
from distnet.base import MXNetError
from distnet.ndarray.registry import OPS

PROBS = np.array([[0.2, 0.5, 0.3], [0.6, 0.1, 0.3]])

CASES = [
    Case("Dropout", (3, 4), p=0.4, mode="always"),
    Case("Dropout", (2, 3, 4), p=0.5, mode="always", axes=(1,), label="axes"),
    # the log-probabilities are float logf values (as in MXNet), so the finite step must be larger than float32 ulps
    Case("_sample_multinomial", PROBS, shape=5, get_prob=True, output=1, eps=1e-3),
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


def test_gamma_samples_of_a_zero_alpha_are_zero_and_leave_the_stream_as_mxnet():
    # MXNet 1.9.1, seed 128: the alpha=0 row is zeros, the other rows as with any alpha
    mx.random.seed(128)
    r = nd.random.gamma(alpha=nd.array([0.0, 2.5, 0.3]), beta=nd.array([1.0, 0.7, 2.0]), shape=(4,))
    np.testing.assert_array_equal(r.asnumpy()[0], np.zeros(4, np.float32))
    np.testing.assert_allclose(r.asnumpy()[1:], [[1.1256419, 1.6746893, 6.2525835, 1.6663516],
                                                 [1.9697839e-01, 2.8562127e-04, 2.9784191e-01, 1.3913001e-01]],
                               rtol=1e-6)
    with pytest.raises(MXNetError, match="alpha parameter in gamma distribution has to be positive"):
        nd.random.gamma(alpha=0.0, beta=1.0, shape=(4,)).asnumpy()


def test_samplers_with_half_or_double_parameters_round_as_mxnet():
    # MXNet 1.9.1, seed 128: half parameters make each mixed step round to half; double ones compute in double
    h = "float16"
    mx.random.seed(128)
    r = nd.random.gamma(alpha=nd.array([2.5, 0.3], dtype=h), beta=nd.array([0.7, 2.0], dtype=h), shape=(4,))
    np.testing.assert_array_equal(r.asnumpy()[0], np.float32([2.05859375, 0.302734375, 0.438232421875, 1.611328125]))
    mx.random.seed(128)
    r = nd.random.normal(loc=nd.array([2.5, 0.3], dtype=h), scale=nd.array([0.7, 2.0], dtype=h), shape=(4,))
    np.testing.assert_array_equal(r.asnumpy()[0], np.float32([2.83203125, 2.642578125, 3.455078125, 1.4521484375]))
    mx.random.seed(128)
    r = nd.random.exponential(scale=nd.array([2.5, 0.3], dtype=h), shape=(4,))
    np.testing.assert_array_equal(r.asnumpy()[0], np.float32([0.09722900390625, 0.900390625, 0.414794921875, 3.171875]))
    mx.random.seed(11)
    r = nd.random.uniform(low=nd.array([0.1, -2.3], dtype="float64"), high=nd.array([1.7, 3.1], dtype="float64"),
                          shape=(3,))
    np.testing.assert_array_equal(r.asnumpy()[0], np.float32([0.5791723132133484, 1.0875132083892822,
                                                              0.9154221415519714]))


def test_large_normal_draw_matches_mxnet_bits():
    """300k normals take several passes per group of states; values and the states after match MXNet 1.9.1."""
    mx.random.seed(3)
    a = nd.random.normal(shape=(300_000,)).asnumpy()
    b = nd.random.normal(shape=(5,), dtype="float64").asnumpy()
    want = ["-0x1.a2d6eep+0", "-0x1.e72094p+0", "0x1.e48448p-2", "0x1.731be8p-3", "-0x1.0cc22ap-1", "0x1.21cfa4p+0"]
    assert [float(a[i]) for i in (0, 1, 292, 293, 150000, 299999)] == [float.fromhex(h) for h in want]
    assert float(a.astype(np.float64).sum()) == float.fromhex("0x1.2450d35f51da0p+5")
    assert b.tolist() == [float.fromhex(h) for h in ("0x1.03af8dedfb8dfp+1", "0x1.3f6ab8de3959bp-1",
                                                     "-0x1.85ad95e33963bp-2", "0x1.1ed7fd4cf375ep+0",
                                                     "-0x1.67554ac8ec4dfp+0")]
