"""npx.random's samplers read their parameters as MXNet's operators do: as attributes, in the order of the
operator's attribute map, before counting inputs, inferring the shape, placing the result and drawing."""
import pytest

import distnet as mx
from distnet import np, npx
from distnet.base import MXNetError, message_of


@pytest.fixture(autouse=True)
def numpy_mode():
    npx.set_np()
    yield
    npx.reset_np()


def test_refusals_name_the_attributes_in_map_order():
    with pytest.raises(MXNetError) as info:
        npx.random.uniform_n(0, 1, batch_shape=(2,), dtype="int32")
    assert message_of(info.value) == ("Invalid Input: 'int32', valid values are: {'float16', 'float32', 'float64'}, in "
                               "operator _npi_uniform_n(name=\"\", dtype=\"int32\", size=\"(2,)\", ctx=\"cpu(0)\", "
                               "high=\"1\", low=\"0\")")
    with pytest.raises(MXNetError, match=r"Invalid Parameter format for prob expect float or None but value='a', "
                                         r"in operator _npi_bernoulli\(name=\"\", dtype=\"float32\", "
                                         r"is_logit=\"False\", ctx=\"cpu\(0\)\", logit=\"None\", size=\"None\", "
                                         r"prob=\"a\"\)$"):
        npx.random.bernoulli("a")


def test_batch_shape_is_shape_text_and_none_parameters_count_as_inputs():
    assert npx.random.uniform_n(0, 1, batch_shape="2").shape == (2,)
    with pytest.raises(MXNetError, match=r"\(1 vs. 2\) : Operator _npi_uniform_n expects 2 inputs, but got 1"):
        npx.random.uniform_n(None, np.array([1.0]))
    with pytest.raises(MXNetError, match=r"Check failed: dim_size >= -1 \(-2 vs. -1\)"):
        npx.random.uniform_n(0, 1, batch_shape=(-2,))


def test_string_context_and_gpu_refusal():
    assert npx.random.normal_n(0, 1, batch_shape=(2,), ctx="cpu(0)").ctx == mx.cpu(0)
    with pytest.raises(MXNetError, match="GPU is not enabled$"):
        npx.random.normal_n(0, 1, batch_shape=(2,), ctx=mx.gpu(0))


def test_domain_checks_fail_when_the_samples_are_read():
    samples = npx.random.normal_n(0, -1, batch_shape=(2,))
    with pytest.raises(ValueError, match=r"ValueError: Check failed: param.scale.value\(\) >= 0.0 \(-1 vs. 0\) : "
                                         r"scale < 0$"):
        samples.asnumpy()
    high = npx.random.bernoulli(1.5, size=(2,))
    with pytest.raises(ValueError, match=r"param.prob.value\(\) <= 1.0 \(1.5 vs. 1\)"):
        high.asnumpy()
    with pytest.raises(ValueError, match="Either `prob` or `logit` must be specified, but not both."):
        npx.random.bernoulli(0.5, 0.0)


def test_bernoulli_out_and_dtype_words():
    with pytest.raises(MXNetError, match=r"Shape inconsistent, Provided = \[3\], inferred shape=\[2\]$"):
        npx.random.bernoulli(0.5, size=(2,), out=np.zeros(3))
    with pytest.raises(MXNetError, match="valid values are: {'bool', 'float16', 'float32', 'float64', 'int32', "
                                         "'uint8'}"):
        npx.random.bernoulli(0.5, size=(2,), dtype="int8")
    assert npx.random.bernoulli(0.5, size=(2,), dtype="bool").dtype == "bool"


def test_seed_refuses_non_integers_in_mxnet_words():
    with pytest.raises(ValueError, match="seed_state must be int$"):
        npx.random.seed(1.5)
