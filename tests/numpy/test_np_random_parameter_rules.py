"""mx.np.random parameters as MXNet 1.9.1 reads them: finite numbers only, broadcastable arrays, float16
parameter arrays computed in half precision (values recorded from MXNet)."""
import numpy as onp
import pytest

import distnet as mx
from distnet import np
from distnet.base import MXNetError


pytestmark = pytest.mark.usefixtures("np_semantics")


@pytest.mark.parametrize("call", [lambda: np.random.uniform(0, float("inf"), 2),
                                  lambda: np.random.uniform(-float("inf"), 1, 2),
                                  lambda: np.random.normal(float("nan"), 1, 2),
                                  lambda: np.random.gamma(float("inf"), 1, 2),
                                  lambda: np.random.uniform(np.zeros(3), np.ones(2)),
                                  lambda: np.random.normal(np.zeros(3), np.ones(2))])
def test_parameters_mxnet_cannot_parse_or_broadcast_are_mxnet_errors(call):
    with pytest.raises(MXNetError):
        call()


def test_float16_parameter_arrays_sample_in_half_precision():
    mx.random.seed(11)
    assert np.random.uniform(np.zeros(2, dtype="float16"), 1).asnumpy().tobytes().hex() == "0060993e00001e3f"
    mx.random.seed(11)
    assert np.random.uniform(np.zeros(2, dtype="float16"), 1, dtype="float64").asnumpy().tobytes().hex() == \
        "00000000002cd33f0000000000c0e33f"
    mx.random.seed(11)
    assert np.random.normal(np.zeros(2, dtype="float16"), 2.5).asnumpy().tobytes().hex() == "00600d4000e071c0"


def test_take_refuses_unknown_modes():
    with pytest.raises(NotImplementedError, match="function take does not support mode 'None'"):
        np.take(np.ones(3), np.array([0]), 0, None)


@pytest.mark.parametrize("call", [lambda: np.random.gumbel(0., -1., 3), lambda: np.random.logistic(0., -1., 3),
                                  lambda: np.random.rayleigh(-1., 3),
                                  lambda: np.random.gumbel(np.zeros(2), np.array([1., -1.]))])
def test_negative_scales_are_value_errors(call):
    samples = call()        # the kernel's check: raised when the samples are read
    with pytest.raises(ValueError, match=r"Check failed: (param.scale.value\(\)|indicator_host) >= 0.0"):
        samples.asnumpy()


def test_zero_scale_gives_the_location():
    assert np.random.gumbel(0., 0., 3).asnumpy().tolist() == [0., 0., 0.]
    assert np.random.rayleigh(0., 3).asnumpy().tolist() == [0., 0., 0.]


def test_multivariate_normal_refuses_mean_and_cov_of_different_lengths():
    with pytest.raises(MXNetError, match="kCustomOpPropInferShape") as e:     # (its Custom operator's check)
        np.random.multivariate_normal(np.zeros(3), np.eye(2))
    assert "mean and cov must have same length" in str(e.value.__cause__)


@pytest.mark.parametrize("call, message", [
    (lambda: np.random.gamma(-1., size=2), "Check failed: false: expect shape > 0$"),
    (lambda: np.random.gamma(1., -1., size=2), "Check failed: false: expect scale > 0$"),
    (lambda: np.random.gamma(-1., np.ones(2)), r"np_gamma_op.h\", line 288\nValueError: expect shape > 0$"),
    (lambda: np.random.gamma(np.array([-1., 1.]), -1.), r"np_gamma_op.h\", line 294\nValueError: expect scale > 0$"),
    (lambda: np.random.gamma(np.array([-1., 1.]), np.ones(2)),
     r"np_gamma_op.h\", line 378\nValueError: expect shape and value > 0$"),
    (lambda: np.random.beta(1., np.array([1., -1.])), r"np_gamma_op.h\", line 339\nValueError: expect shape > 0$"),
    (lambda: np.random.weibull(-1.5, size=2), r"param.a.value\(\) > 0.0 \(-1.5 vs. 0\) : expect a > 0"),
    (lambda: np.random.pareto(np.array([1., 0.])), r"indicator_host >= 0.0 \(-1 vs. 0\) : expect a > 0"),
    (lambda: np.random.exponential(-0.5, size=2), r"param.scale.value\(\) >= 0.0 \(-0.5 vs. 0\) : expect scale"),
    (lambda: np.random.normal(0., -1.5, size=2), r"param.scale.value\(\) >= 0.0 \(-1.5 vs. 0\) : scale < 0"),
])
def test_parameters_outside_their_domain_fail_with_mxnet_checks(call, message):
    samples = call()        # the kernel's check: raised when the samples are read
    with pytest.raises(ValueError, match=message):
        samples.asnumpy()


def test_multinomial_takes_an_integer_count_and_checks_the_probability_sum():
    with pytest.raises(MXNetError, match="Invalid Parameter format for n expect int"):
        np.random.multinomial(3.0, [0.5, 0.5])
    with pytest.raises(MXNetError, match=r"sum <= 1.0 \+ 1e-12 \(1.2 vs. 1\)"):
        np.random.multinomial(10, [0.5, 0.7, 0.1]).asnumpy()      # (the kernel's check: raised when read)
    assert np.random.multinomial(-1, [0.5, 0.5]).asnumpy().tolist() == [0, 0]


def test_multivariate_normal_refuses_a_covariance_that_is_not_positive_definite_when_read():
    samples = np.random.multivariate_normal(np.zeros(2), -np.eye(2))      # (LAPACK's failure is the kernel's)
    with pytest.raises(MXNetError, match=r"ret == 0 \(1 vs. 0\) : spotrf failed in lapack"):
        samples.asnumpy()


def test_samplers_write_a_one_array_out_sequence_and_return_it():
    mx.random.seed(4)
    out = np.zeros(3)
    res = np.random.uniform(0., 1., size=3, out=[out])
    assert isinstance(res, list) and res[0] is out
    mx.random.seed(4)
    assert out.asnumpy().tolist() == np.random.uniform(0., 1., size=3).asnumpy().tolist()
    with pytest.raises(MXNetError):
        np.random.choice(5, size=3, out=[np.zeros(3)])       # float32 out for int64 samples


def test_gamma_takes_its_sample_shape_from_out():
    mx.random.seed(4)
    out = np.zeros(2)
    assert np.random.gamma(2., size=3, out=out) is out and out.shape == (2,)
    mx.random.seed(4)
    assert out.asnumpy().tolist() == np.random.gamma(2., size=2).asnumpy().tolist()
    with pytest.raises(AttributeError):
        np.random.gamma(2., size=3, out=[out])
    with pytest.raises(TypeError):
        np.random.gamma(2., size=3, out=onp.zeros(3))


def test_randint_refuses_an_array_size_as_its_shape_attribute():
    with pytest.raises(MXNetError, match="Invalid Parameter format for shape"):
        np.random.randint(0, 5, size=np.array([2, 2]))
