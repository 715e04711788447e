"""mx.np.random samplers check their parameters in their kernel, as MXNet's: after drawing, raised on reading."""
import pytest

import distnet as mx
from distnet.base import MXNetError, message_of


def setup_module():
    mx.npx.set_np()


def teardown_module():
    mx.npx.reset_np()


def _next_uniforms(first):
    mx.random.seed(0)
    try:
        first().asnumpy()
    except ValueError:
        pass                # (raised once: the next sampler does not inherit it)
    return mx.np.random.uniform(size=2).asnumpy().tolist()


@pytest.mark.parametrize("bad, good", [
    (lambda: mx.np.random.normal(0, -1, size=3), lambda: mx.np.random.normal(0, 1, size=3)),
    (lambda: mx.np.random.exponential(-1, size=3), lambda: mx.np.random.exponential(1, size=3)),
    (lambda: mx.np.random.weibull(mx.np.array([-1.0]), size=3), lambda: mx.np.random.weibull(1.0, size=3)),
    (lambda: mx.np.random.gumbel(0, -1, size=3), lambda: mx.np.random.gumbel(0, 1, size=3)),
])
def test_a_refused_parameter_fails_on_reading_after_the_draws(bad, good):
    samples = bad()
    with pytest.raises(ValueError):
        samples.asnumpy()
    assert _next_uniforms(bad) == _next_uniforms(good)


def test_mixed_parameter_types_name_the_kernels_c_types():
    samples = mx.np.random.uniform(mx.np.array([0.0]), mx.np.array([1], dtype="int32"), size=3)
    with pytest.raises(MXNetError, match="Expected: int v.s. given float$"):
        samples.asnumpy()


def test_an_empty_result_keeps_its_error_for_the_next_sampler_of_the_stream():
    mx.random.seed(0)
    assert mx.np.random.normal(0, -1, size=(0,)).asnumpy().shape == (0,)
    assert mx.nd.random.uniform(shape=2).asnumpy().shape == (2,)      # the parallel stream is not involved
    inherited = mx.np.random.uniform(size=2)
    with pytest.raises(ValueError, match="scale < 0"):
        inherited.asnumpy()
    mx.random.seed(0)
    fresh = mx.np.random.uniform(size=2).asnumpy().tolist()
    mx.random.seed(0)
    mx.np.random.normal(0, -1, size=(0,))
    skipped = mx.np.random.uniform(size=2)      # skipped: its draws are not made
    with pytest.raises(ValueError):
        skipped.asnumpy()
    assert mx.np.random.uniform(size=2).asnumpy().tolist() == fresh


def test_out_shape_is_checked_before_the_parameters_against_the_size():
    with pytest.raises(MXNetError, match=r"Shape inconsistent, Provided = \[2,3\], inferred shape=\[3\]"):
        mx.np.random.exponential(mx.np.array([-1.0, 1.0]), size=(3,), out=mx.np.zeros((2, 3)))


def test_randint_checks_its_bounds_in_its_kernel_on_the_parallel_stream():
    assert mx.np.random.randint(10, -1, size=(0,), dtype="int32").asnumpy().shape == (0,)
    assert mx.np.random.uniform(size=2).asnumpy().shape == (2,)       # the sequential stream is not involved
    with pytest.raises(MXNetError, match=r"param.high >= param.low \(-1 vs. 10\)"):
        mx.np.random.randint(0, 9, size=(2,)).asnumpy()              # the parallel one is


def test_a_failed_empty_sample_keeps_its_dtype_and_context():
    failed = mx.np.random.normal(0, -1, size=(0,), ctx=mx.cpu(1), dtype="float64")
    assert failed.dtype == "float64" and failed.ctx == mx.cpu(1) and failed.asnumpy().shape == (0,)
    with pytest.raises(ValueError):
        mx.np.random.normal(0, 1, size=2).asnumpy()


def test_multivariate_normal_keeps_its_parameters_type():
    out = mx.np.random.multivariate_normal(mx.np.zeros(2, dtype="float64"), mx.np.eye(2, dtype="float64"), size=3)
    assert out.dtype == "float64" and out.shape == (3, 2)
    with pytest.raises(MXNetError, match="kCustomOpForward") as e:      # (its Custom operator's forward failed)
        mx.np.random.multivariate_normal(mx.np.zeros(2, dtype="float64"), mx.np.eye(2))
    assert "expected float32, got float64" in str(e.value.__cause__)


def test_batch_samplers_refuse_a_negative_batch_size():
    with pytest.raises(MXNetError, match="Shape dim size cannot be a negative value -1"):
        mx.npx.random.normal_n(1, 2.0, batch_shape=(2, -1))


def test_gamma_refuses_integer_or_mixed_parameter_arrays_in_its_kernel():
    assert mx.np.random.gamma(mx.np.array([2, 3], dtype="int32"), 1.0, size=(0, 2)).asnumpy().shape == (0, 2)
    with pytest.raises(MXNetError, match="not int32"):
        mx.np.random.gamma(mx.np.array([2.0]), 1.0).asnumpy()       # inherits the pending error
    mixed = mx.np.random.gamma(mx.np.array([0.5, 1.5]), mx.np.array([2.0, 2.5], dtype="float16"))
    with pytest.raises(MXNetError, match="Expected: half v.s. given float$"):
        mixed.asnumpy()


def test_beta_samples_where_its_gamma_of_a_number_does():
    assert mx.np.random.beta(1.0, mx.np.array([1.0, 2.0]), ctx=mx.cpu(1)).ctx == mx.cpu(1)
    assert mx.np.random.beta(mx.np.array([1.0, 2.0]), 1.0, ctx=mx.cpu(1)).ctx == mx.cpu(0)


@pytest.mark.parametrize("draw, op", [
    (lambda out: mx.np.random.uniform(0, 1, (2,), out=out), "_npi_uniform"),
    (lambda out: mx.np.random.normal(0, 1, (2,), out=out), "_npi_normal"),
    (lambda out: mx.np.random.lognormal(0, 1, (2,), out=out), "_npi_normal"),
    (lambda out: mx.np.random.gamma(1, 1, (2,), out=out), "_npi_gamma"),
    (lambda out: mx.np.random.exponential(1, (2,), out=out), "_npi_exponential"),
    (lambda out: mx.np.random.gumbel(0, 1, (2,), out=out), "_npi_gumbel"),
    (lambda out: mx.np.random.rayleigh(1, (2,), out=out), "_npi_rayleigh"),
    (lambda out: mx.np.random.pareto(1, (2,), out=out), "_npi_pareto"),
])
def test_an_out_of_another_type_fails_the_imperative_output_check_before_any_draw(draw, op):
    # float64 is mshadow type 1, float32 type 0
    mx.random.seed(5)
    expected = mx.np.random.uniform(size=2).asnumpy()
    mx.random.seed(5)
    with pytest.raises(MXNetError) as e:
        draw(mx.np.zeros(2, dtype="float64"))
    assert message_of(e.value) == ("Check failed: outputs[i]->dtype() == out_types[i] (1 vs. 0) : 0-th output has "
                            f"invalid shape. Expecting 0 got 1 in operator {op}")
    assert (mx.np.random.uniform(size=2).asnumpy() == expected).all()


def test_randint_into_another_integer_type_fails_its_kernels_type_check():
    with pytest.raises(MXNetError) as e:
        mx.np.random.randint(0, 5, (2,), out=mx.np.zeros(2, dtype="int32"))     # int32: 4, int64: 6
    assert message_of(e.value) == ("Check failed: dtype_out == param.dtype (4 vs. 6) : Output type does not match requested "
                            "type: 4 vs 6")


@pytest.mark.parametrize("a, size, shape", [(3, 5, (5,)), (3, (2, 2), (2, 2)), (mx.np.arange(3.0), 4, (4,))])
def test_choice_of_more_than_the_population_fails_when_read(a, size, shape):
    """MXNet's kernel asks for a workspace of a negative size: the call returns, reading the result fails."""
    out = mx.np.random.choice(a, size=size, replace=False)
    assert out.shape == shape
    with pytest.raises(MXNetError) as e:
        out.asnumpy()
    assert message_of(e.value) == "Failed to allocate CPU Memory"


@pytest.mark.parametrize("sampler", [mx.np.random.weibull, mx.np.random.power, mx.np.random.pareto])
def test_a_number_parameter_is_checked_as_the_float_mxnet_parses(sampler):
    """1e-50 is 0 as a float: refused, shown as 0."""
    with pytest.raises(ValueError) as e:
        sampler(1e-50, size=2).asnumpy()
    assert message_of(e.value).endswith("Check failed: param.a.value() > 0.0 (0 vs. 0) : expect a > 0")
