"""Probability density operators: the op table plus values and gradients measured from MXNet 1.9.1."""
import math
import re

import numpy as np
import pytest
from opcheck import Case, run_case

from distnet import autograd, nd
from distnet.base import MXNetError

lgamma = np.vectorize(math.lgamma)
rng = np.random.RandomState(7)


def per_dist(p, extra=1):
    """A parameter of shape P broadcast against samples of shape P + (extra,)."""
    return p.reshape(p.shape + (1,) * extra)


def ref_uniform(x, low, high):
    return np.broadcast_to(-np.log(per_dist(high - low)), x.shape)


def ref_normal(x, mu, sigma):
    mu, sigma = per_dist(mu), per_dist(sigma)
    return -((x - mu) ** 2) / (2 * sigma ** 2) - np.log(sigma * math.sqrt(2 * math.pi))


def ref_gamma(x, alpha, beta):
    a, b = per_dist(alpha), per_dist(beta)
    return a * np.log(b) + (a - 1) * np.log(x) - b * x - lgamma(a)


def ref_exponential(x, lam):
    return np.log(per_dist(lam)) - per_dist(lam) * x


def ref_poisson(x, lam):
    return x * np.log(per_dist(lam)) - per_dist(lam) - lgamma(x + 1)


def ref_negative_binomial(x, k, p):
    k, p = per_dist(k), per_dist(p)
    return lgamma(x + k) - lgamma(x + 1) - lgamma(k) + k * np.log(p) + x * np.log(1 - p)


def ref_gen_negative_binomial(x, mu, alpha):
    return ref_negative_binomial(x, 1 / alpha, 1 / (1 + alpha * mu))


def ref_dirichlet(x, alpha):
    a = alpha[:, None, :]
    return ((a - 1) * np.log(x)).sum(-1) + lgamma(a.sum(-1)) - lgamma(a).sum(-1)


def rows(op, ref, *inputs, grad=True):
    """Density and log-density rows of one distribution."""
    return [Case(op, *inputs, ref=lambda *a: np.exp(ref(*a)), grad=grad),
            Case(op, *inputs, ref=ref, grad=grad, is_log=True)]


COUNTS = np.array([[0.0, 1, 3], [2, 5, 4]])
SIMPLEX = rng.dirichlet([1, 2, 3], size=(2, 2))

CASES = (
    rows("random_pdf_uniform", ref_uniform, rng.uniform(0, 1, (2, 3)), np.array([-0.5, 0.1]), np.array([1.2, 2.0]))
    + rows("random_pdf_normal", ref_normal, rng.normal(size=(2, 3)), np.array([0.2, -0.4]), np.array([0.8, 1.5]))
    + rows("random_pdf_gamma", ref_gamma, rng.uniform(0.3, 2.0, (2, 3)), np.array([2.0, 0.7]), np.array([1.5, 0.6]))
    + rows("random_pdf_exponential", ref_exponential, rng.uniform(0.1, 2.0, (2, 3)), np.array([1.5, 0.4]))
    + rows("random_pdf_poisson", ref_poisson, COUNTS, np.array([2.5, 4.0]), grad=(1,))
    + rows("random_pdf_negative_binomial", ref_negative_binomial, COUNTS, np.array([2.5, 1.2]),
           np.array([0.3, 0.7]), grad=(1, 2))
    + rows("random_pdf_generalized_negative_binomial", ref_gen_negative_binomial, COUNTS, np.array([2.5, 3.0]),
           np.array([0.3, 0.8]), grad=(1, 2))
    + rows("random_pdf_dirichlet", ref_dirichlet, SIMPLEX, np.array([[1.5, 2.0, 0.7], [3.0, 1.2, 2.0]]))
    + [Case("_random_pdf_normal", (2, 3), (2, 3), np.full((2, 3), 1.3), label="one-per-distribution",
            ref=lambda x, m, s: -((x - m) ** 2) / (2 * s * s) - np.log(s * math.sqrt(2 * math.pi)), is_log=True)]
)


@pytest.mark.parametrize("case", CASES, ids=repr)
def test_op(case):
    run_case(case)


# ---- values measured from MXNet 1.9.1 (float64, head gradient ones) -------------------------------
# (sample, parameters) -> {is_log: (output, [d sample, d param1, ...])}
MX = {
    "uniform": (([[-0.5, 0.2, 0.7, 1.5]], [0.0], [1.0]), {
        False: ([[1.0, 1.0, 1.0, 1.0]], [[[0.0] * 4], [4.0], [-4.0]]),
        True: ([[0.0, 0.0, 0.0, 0.0]], [[[0.0] * 4], [4.0], [-4.0]])}),
    "normal": (([[-0.5, 0.2, 0.7]], [0.1], [1.5]), {
        False: ([[0.2455134234528655, 0.2653711471836557, 0.2455134234528655]],
                [[[0.06547024625409746, -0.011794273208162474, -0.06547024625409746]], [0.011794273208162474],
                 [-0.45110284750910234]]),
        True: ([[-1.4044036552266046, -1.3266258774488267, -1.4044036552266046]],
               [[[0.26666666666666666, -0.044444444444444446, -0.26666666666666666]], [0.04444444444444445],
                [-1.7837037037037038]])}),
    "gamma": (([[0.5, 1.2, 2.7]], [2.0], [1.5]), {
        False: ([[0.5314123718336415, 0.44630699819828373, 0.10584092593492303]],
                [[[0.26570618591682077, -0.2975379987988558, -0.11956104596352418]], [-0.20061533991323124],
                 [0.3577019775100776]]),
        True: ([[-0.6322169643436165, -0.8067482269897165, -2.2458180107733883]],
               [[[0.5, -0.6666666666666666, -1.1296296296296298]], [0.4304684682733845], [-0.40000000000000036]])}),
    "exponential": (([[0.5, 1.2, 2.7, -1.0]], [1.5]), {
        True: ([[-0.3445348918918356, -1.3945348918918354, -3.644534891891836, 1.9054651081081644]],
               [[[-1.5, -1.5, -1.5, -1.5]], [-0.7333333333333338]])}),
    "poisson": (([[0, 1, 3]], [2.5]), {
        False: ([[0.0820849986238988, 0.205212496559747, 0.21376301724973648]], [[[0.0] * 3], [-0.1624598931097997]]),
        True: ([[-2.5, -1.583709268125845, -1.5428872736055896]], [[[0.0] * 3], [-1.4]])}),
    "negative_binomial": (([[0, 1, 3]], [2.5], [0.3]), {
        False: ([[0.04929503017546494, 0.08626630280706364, 0.11096003198558561]],
                [[[0.0] * 3], [-0.16155383402257678], [1.4555641384050175]]),
        True: ([[-3.00993201081484, -2.4503162228794175, -2.198585214713295]],
               [[[0.0] * 3], [-2.303981905041301], [19.28571428571429]])}),
    "generalized_negative_binomial": (([[0, 1, 3]], [2.5], [0.3]), {
        False: ([[0.1548364377126518, 0.22119491101807418, 0.15649163772707292]],
                [[[0.0] * 3], [-0.14643146101604673], [0.10470081489784924]]),
        True: ([[-1.8653859597847426, -1.5087110158460093, -1.8547527034833728]],
               [[[0.0] * 3], [-0.8000000000000004], [0.6730903670781907]])}),
    "dirichlet": (([[[0.2, 0.3, 0.5], [0.1, 0.1, 0.8]]], [[1.5, 2.0, 0.7]]), {
        False: ([[1.1137392210530088, 0.2279876208469459]],
                [[[[2.784348052632522, 3.712464070176696, -0.6682435326318054],
                   [1.1399381042347294, 2.279876208469459, -0.08549535781760473]]],
                 [[-0.6069561589139787, -0.6736751653914967, 2.573537675057785]]]),
        True: ([[0.10772302168916603, -1.4784639460326368]],
               [[[[2.5, 3.3333333333333335, -0.6000000000000001], [5.0, 10.0, -0.37500000000000006]]],
                [[-1.3623253892714058, -1.7294488348991677, 4.146434015544178]]])}),
}
MX_CASES = [(dist, is_log) for dist, (_, by_log) in MX.items() for is_log in by_log]


@pytest.mark.parametrize("dist,is_log", MX_CASES, ids=[f"{d}-log{int(lg)}" for d, lg in MX_CASES])
def test_values_and_gradients_match_mxnet(dist, is_log):
    """No support checks (uniform outside [low, high], negative exponential samples), zero sample
    gradients for the discrete distributions, parameter gradients summed over the samples."""
    inputs, by_log = MX[dist]
    want, want_grads = by_log[is_log]
    arrays = [nd.array(x, dtype="float64") for x in inputs]
    for a in arrays:
        a.attach_grad()
    with autograd.record():
        y = getattr(nd, "random_pdf_" + dist)(*arrays, is_log=is_log)
    y.backward()
    np.testing.assert_allclose(y.asnumpy(), want, rtol=1e-7, atol=1e-12)
    for a, g in zip(arrays, want_grads):
        np.testing.assert_allclose(a.grad.asnumpy(), g, rtol=1e-6, atol=1e-12)


def test_names_dtype_and_documented_example():
    sample = nd.array([[-2, -1, 0, 1, 2], [-2, -1, 0, 1, 2]])
    y = nd.random_pdf_normal(sample=sample, mu=nd.array([0, 0]), sigma=nd.array([1, 2]))
    assert y.dtype == np.float32 and y.shape == (2, 5)
    np.testing.assert_allclose(y.asnumpy(), [[0.05399097, 0.24197073, 0.3989423, 0.24197073, 0.05399097],
                                             [0.12098537, 0.17603266, 0.19947115, 0.17603266, 0.12098537]], rtol=1e-6)
    assert nd._internal._random_pdf_normal is nd.random_pdf_normal.op     # one operator, two functions
    assert nd.random_pdf_gamma(nd.ones((2,), dtype="float64"), nd.ones((2,), dtype="float64"),
                               nd.ones((2,), dtype="float64")).dtype == np.float64


def test_extra_sample_axes_and_shape_errors():
    y = nd.random_pdf_exponential(nd.ones((2, 3, 4)), nd.array([1.0, 2.0]))
    assert y.shape == (2, 3, 4)
    np.testing.assert_allclose(y.asnumpy()[1], np.full((3, 4), 2 * math.exp(-2)), rtol=1e-6)
    with pytest.raises(MXNetError, match=re.escape("Shape inconsistent, Provided = [2], inferred shape=[3]")):
        nd.random_pdf_exponential(nd.ones((3, 2)), nd.array([1.0, 2.0]))
    with pytest.raises(MXNetError, match=re.escape("Shape inconsistent, Provided = [3], inferred shape=[2]")):
        nd.random_pdf_normal(nd.ones((2, 3)), nd.zeros((2,)), nd.ones((3,)))
    with pytest.raises(MXNetError, match=re.escape("Provided = [2,3], inferred shape=[2,4]")):
        nd.random_pdf_dirichlet(nd.ones((2, 4)), nd.ones((2, 3)))


def test_parameter_shapes_are_checked_before_their_rank_against_the_sample():
    with pytest.raises(MXNetError, match=re.escape("Provided = [3], inferred shape=[2,2]")):
        nd.random_pdf_normal(nd.ones((2,)), nd.ones((2, 2)), nd.ones((3,)))
    with pytest.raises(MXNetError, match=re.escape("(2 vs. 1) : dimension of input samples (1) must be at least "
                                                   "dimension of distribution parameters (2)")):
        nd.random_pdf_dirichlet(nd.ones((3,)), nd.ones((2, 3)))
