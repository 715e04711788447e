"""Sample shapes and parameter arrays refused at the call with MXNet's checks, in MXNet's order."""
import pytest

from distnet import nd
from distnet.base import MXNetError, message_of

EMPTY = nd.array([])


@pytest.mark.parametrize("draw,op", [
    (lambda: nd.random.uniform(-2.5, 1, shape=(0,)), "_random_uniform"),
    (lambda: nd.random.normal(shape=(2, 0)), "_random_normal"),
    (lambda: nd.random_normal(shape=()), "_random_normal"),
    (lambda: nd.random.exponential(shape=(2, -1)), "_random_exponential"),
    (lambda: nd.random.gamma(2, 2, shape=(0,)), "_random_gamma"),
    (lambda: nd.random.poisson(3, shape=(0, 2)), "_random_poisson"),
    (lambda: nd.random.negative_binomial(3, 0.5, shape=(0,)), "_random_negative_binomial"),
    (lambda: nd.random.generalized_negative_binomial(2, 0.5, shape=(0,)), "_random_generalized_negative_binomial"),
    (lambda: nd.random.randint(0, 4, shape=(0,)), "_random_randint"),
])
def test_unknown_sample_shape_names_the_operator(draw, op):
    with pytest.raises(MXNetError, match=rf"Operator {op} inferring shapes failed\.\n"):
        draw()


def test_shape_inference_comes_before_the_parameter_check():
    with pytest.raises(MXNetError, match="inferring shapes failed"):
        nd.random.uniform(3, 1, shape=(0,))       # low > high is a kernel check: never reached
    bad = nd.random.uniform(3, 1, shape=(2,))      # the kernel check is raised on reading, as MXNet
    with pytest.raises(MXNetError, match=r"param.high >= param.low \(1 vs. 3\)"):
        bad.asnumpy()


@pytest.mark.parametrize("size", [0, -1])
def test_per_element_samplers_refuse_a_non_positive_sample_size_first(size):
    low, high = nd.array([1, 2]), nd.array([3, 4, 5])      # mismatched too: the size check comes first
    with pytest.raises(MXNetError, match=rf"Check failed: sshape\[i\] > 0 \({size} vs. 0\) : shape parameter must "
                                         "be non-zero within each dimension"):
        nd.random.uniform(low, high, shape=(2, size))


@pytest.mark.parametrize("draw", [
    lambda: nd.random.uniform(EMPTY, EMPTY, shape=2),
    lambda: nd.random.normal(EMPTY, EMPTY),
    lambda: nd.random.poisson(EMPTY),
    lambda: nd.sample_exponential(EMPTY),
    lambda: nd.random.gamma(EMPTY, EMPTY, shape=(3,)),
])
def test_per_element_samplers_refuse_empty_parameter_arrays_at_the_call(draw):
    with pytest.raises(MXNetError, match=r"Check failed: inputs\[0\]\.Size\(\) > 0 \(0 vs. 0\) : "):
        draw()


def test_dropout_checks_its_axes_before_the_data_type():
    with pytest.raises(MXNetError, match=r"Check failed: i >= 0 && i < ndim\(\): index = 2 must be in range \[0, 2\)"):
        nd.Dropout(nd.ones((2, 3), dtype="int32"), p=0.5, axes=(2,), mode="always")
    with pytest.raises(MXNetError, match=r"value 1.5 for Parameter p exceed bound \[0,1\]"):     # the parameter first
        nd.Dropout(nd.ones((2, 3), dtype="int32"), p=1.5, axes=(2,), mode="always")
    with pytest.raises(MXNetError, match="This operation only support floating point types, not int32"):
        nd.Dropout(nd.ones((2, 3), dtype="int32"), p=0.5, axes=(0,), mode="always")


def test_multinomial_refuses_a_negative_sample_size():
    with pytest.raises(MXNetError, match=r"Check failed: dim_size_is_known\(\*it\): Shape dim size cannot be a "
                                         "negative value -1"):
        nd.random.multinomial(nd.array([0.2, 0.8]), shape=-1)


@pytest.mark.parametrize("low,high,message", [
    (nd.array([1, 2]), 3, "but got both <class 'mxnet.ndarray.ndarray.NDArray'> and <class 'int'>."),
    (2, nd.array([1, 2]), "but got both <class 'int'> and <class 'mxnet.ndarray.ndarray.NDArray'>."),
])
def test_mixed_parameter_kinds_name_the_classes_as_mxnet(low, high, message):
    with pytest.raises(AssertionError) as info:
        nd.random.uniform(low, high)
    assert message_of(info.value) == "Distribution parameters must all have the same type, " + message


def test_parameters_of_another_kind_name_the_class_as_mxnet():
    with pytest.raises(ValueError) as info:
        nd.random.normal([0.0], 1)
    assert message_of(info.value) == "Distribution parameters must be either NDArray or numbers, but got <class 'list'>."


def test_per_element_samplers_refuse_parameters_of_two_shapes_with_the_inference_report():
    with pytest.raises(MXNetError) as e:
        nd.sample_normal(nd.ones((2,)), nd.ones((3,)), shape=(2,))
    assert message_of(e.value) == ("Operator _sample_normal inferring shapes failed.\ninput shapes:\n[2]\n[3]\n"
                            "output shapes:\nNone\noperator attributes:\nshape : (2,)\n\n")


@pytest.mark.parametrize("draw,op", [
    (lambda a, b: nd.sample_normal(a, b), "_sample_normal"),
    (lambda a, b: nd.sample_uniform(b, a), "_sample_uniform"),
    (lambda a, b: nd.sample_gamma(a, b), "_sample_gamma"),
])
def test_per_element_samplers_refuse_parameters_of_two_dtypes_as_untyped(draw, op):
    a, b = nd.ones((2,), dtype="float16"), nd.ones((2,), dtype="float32")
    with pytest.raises(MXNetError, match=rf"Check failed: infer_type_success: Operator {op} is missing FInferType"):
        draw(a, b)
