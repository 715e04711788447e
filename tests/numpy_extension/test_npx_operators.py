"""mx.npx operators on mx.np arrays: MXNet 1.9.1's values, mx.np results, legacy arrays refused, gradients."""
import numpy as np
import pytest

import distnet as mx
from distnet import autograd, npx
from distnet.base import MXNetError, message_of


@pytest.fixture(autouse=True)
def _numpy_mode():
    npx.set_np()
    yield
    npx.reset_np()


def _np(values, dtype=None):
    """An mx.np array; float32 unless ``dtype`` says (as mx.np's own ones/zeros are)."""
    return mx.np.array(values, dtype=dtype or ("float32" if isinstance(values, np.ndarray) else None))


# npx call -> the value MXNet 1.9.1 printed for it
MEASURED = [
    (lambda: npx.relu(_np([-1, 2])), [0.0, 2.0]),
    (lambda: npx.sigmoid(_np([-1, 2])), [0.26894143, 0.880797]),
    (lambda: npx.softmax(_np([[-1, 2], [3, 4]])), [[0.04742587, 0.95257413], [0.26894143, 0.73105854]]),
    (lambda: npx.softmax(_np([[-1, 2], [3, 4]]), axis=0), [[0.01798621, 0.11920292], [0.98201376, 0.880797]]),
    (lambda: npx.log_softmax(_np([[-1, 2], [3, 4]])), [[-3.0485907, -0.04859074], [-1.3132598, -0.3132598]]),
    (lambda: npx.activation(_np([-1, 2]), act_type="tanh"), [-0.7615942, 0.9640276]),
    (lambda: npx.topk(_np([[1, 5, 3]]), k=2), [[1.0, 2.0]]),
    (lambda: npx.pick(_np([[1, 5, 3]]), _np([1])), [5.0]),
    (lambda: npx.one_hot(_np([1, 0]), 3), [[0, 1, 0], [1, 0, 0]]),
    (lambda: npx.arange_like(_np(np.ones((2, 3)))), [[0, 1, 2], [3, 4, 5]]),
    (lambda: npx.arange_like(_np(np.ones((2, 3))), axis=1), [0, 1, 2]),
    (lambda: npx.sequence_mask(_np(np.ones((3, 2))), _np([1, 2]), use_sequence_length=True),
     [[1, 1], [0, 1], [0, 0]]),
    (lambda: npx.smooth_l1(_np([-2, 0.5]), 1.0), [1.5, 0.125]),
    (lambda: npx.erf(_np([0.5])), [0.5204999]),
    (lambda: npx.gamma(_np([0.5])), [1.7724538]),
    (lambda: npx.gather_nd(_np([[1, 2], [3, 4]]), _np([[0, 1], [1, 0]])), [2.0, 3.0]),
    (lambda: npx.fully_connected(_np(np.ones((2, 3))), _np(np.ones((4, 3))), _np(np.zeros(4)), num_hidden=4),
     np.full((2, 4), 3.0)),
    (lambda: npx.layer_norm(_np([[1.0, 2, 3]]), _np(np.ones(3)), _np(np.zeros(3))), [[-1.2247356, 0, 1.2247356]]),
    (lambda: npx.batch_norm(_np([[1.0, 2, 3]]), _np(np.ones(3)), _np(np.zeros(3)), _np(np.zeros(3)),
                            _np(np.ones(3))), [[0.9995004, 1.9990008, 2.9985013]]),
    (lambda: npx.leaky_relu(_np([-1.0, 2])), [-0.25, 2.0]),
    (lambda: npx.pooling(_np(np.ones((1, 1, 2, 2))), kernel=(2, 2)), [[[[1.0]]]]),
]


@pytest.mark.parametrize("index", range(len(MEASURED)))
def test_values_measured_on_mxnet(index):
    call, expected = MEASURED[index]
    out = call()
    assert type(out) is mx.np.ndarray
    np.testing.assert_allclose(out.asnumpy(), np.asarray(expected, np.float32), rtol=1e-6, atol=1e-7)


def test_shapes_and_dtypes_measured_on_mxnet():
    x = _np(np.ones((2, 3, 4)))
    assert npx.batch_flatten(x).shape == (2, 12)
    assert npx.batch_dot(_np(np.ones((2, 2, 3))), _np(np.ones((2, 3, 1)))).shape == (2, 2, 1)
    assert npx.reshape_like(_np(np.ones((2, 3))), _np(np.ones((3, 2)))).shape == (3, 2)
    assert npx.slice(_np(np.ones((2, 3))), begin=(0, 1), end=(2, 3)).shape == (2, 2)
    cast = npx.cast(_np([1.5, 2]), dtype="int32")
    assert cast.dtype == np.int32 and cast.tolist() == [1, 2]
    shape = npx.shape_array(_np(np.ones((2, 3))))
    assert shape.dtype == np.int64 and shape.tolist() == [2, 3]
    values, indices = npx.topk(_np([[1, 5, 3]]), k=2, ret_typ="both")
    assert values.tolist() == [[5.0, 3.0]] and indices.tolist() == [[1.0, 2.0]]
    assert type(values) is mx.np.ndarray and type(indices) is mx.np.ndarray


def test_nonzero_lists_index_rows():
    got = npx.nonzero(_np([[0, 1], [2, 0]]))
    assert type(got) is mx.np.ndarray and got.dtype == np.int64 and got.tolist() == [[0, 1], [1, 0]]
    assert npx.nonzero(_np([0.0, 0.0])).shape == (0, 1)


def test_constraint_check():
    ok = npx.constraint_check(_np([True, True], dtype=bool), "unused")
    assert ok.shape == () and ok.dtype == np.bool_ and bool(ok)
    failed = npx.constraint_check(_np([True, False], dtype=bool), "bad thing")    # (found by the kernel, on reading)
    with pytest.raises(ValueError, match=r"ValueError: Check failed: red_output == true \(0 vs. 1\) : bad thing$"):
        failed.asnumpy()
    with pytest.raises(MXNetError, match="kBool"):
        npx.constraint_check(_np([1.0]), "not boolean")


def test_legacy_arrays_are_refused():
    with pytest.raises(TypeError, match="npx.relu"):
        npx.relu(mx.nd.array([-1, 2]))
    with pytest.raises(TypeError, match="legacy"):
        npx.fully_connected(_np(np.ones((2, 3))), mx.nd.ones((4, 3)), num_hidden=4, no_bias=True)
    with pytest.raises(AssertionError, match="must have NDArray type"):
        npx.relu([1, 2])


def test_out_writes_into_the_given_array():
    out = mx.np.zeros((2,))
    res = npx.relu(_np([-1, 2]), out=out)
    assert res is out and out.tolist() == [0.0, 2.0]


def test_reexports_and_contexts():
    for name in ("set_np", "reset_np", "is_np_array", "is_np_shape"):
        assert getattr(npx, name) is getattr(mx.util, name)
    assert npx.cpu() == mx.cpu() and npx.current_context() == mx.cpu() and npx.num_gpus() == 0
    assert npx.waitall() is None
    assert mx.numpy_extension is npx


def _finite_difference(f, x, eps=1e-3):
    grad = np.zeros_like(x)
    for i in range(x.size):
        up, down = x.copy(), x.copy()
        up.flat[i] += eps
        down.flat[i] -= eps
        grad.flat[i] = (f(up) - f(down)) / (2 * eps)
    return grad


GRADIENT_CASES = {
    "softmax": lambda x: npx.softmax(x, axis=-1),
    "log_softmax": lambda x: npx.log_softmax(x),
    "sigmoid": npx.sigmoid,
    "leaky_relu": lambda x: npx.leaky_relu(x, slope=0.1),
    "layer_norm": lambda x: npx.layer_norm(x, mx.np.ones((3,), dtype="float64"), mx.np.zeros((3,), dtype="float64")),
    "reshape": lambda x: npx.reshape(x, (-5,)),
    "fully_connected": lambda x: npx.fully_connected(x, x * 2, num_hidden=2, no_bias=True),
    "pick": lambda x: npx.pick(x, mx.np.array([2, 0], dtype="float64")),
}


@pytest.mark.parametrize("name", sorted(GRADIENT_CASES))
def test_gradients_match_finite_differences(name):
    fn = GRADIENT_CASES[name]
    rng = np.random.RandomState(0)
    data = rng.uniform(-1, 1, size=(2, 3))
    weights = rng.uniform(0.5, 1.5, size=fn(mx.np.array(data, dtype="float64")).shape)

    def objective(values):
        return float((fn(mx.np.array(values, dtype="float64")).asnumpy() * weights).sum())

    x = mx.np.array(data, dtype="float64")
    x.attach_grad()
    with autograd.record():
        y = fn(x)
    y.backward(mx.np.array(weights, dtype="float64"))
    assert type(x.grad) is mx.np.ndarray
    np.testing.assert_allclose(x.grad.asnumpy(), _finite_difference(objective, data), rtol=1e-5, atol=1e-7)


def test_image_operators_return_np_arrays_and_mx_image_names_are_kept():
    img = mx.np.array(np.arange(24).reshape(2, 4, 3), dtype="uint8")
    tensor = npx.image.to_tensor(img)
    assert type(tensor) is mx.np.ndarray and tensor.shape == (3, 2, 4) and tensor.dtype == np.float32
    np.testing.assert_allclose(tensor.asnumpy()[0, 0], [0, 3 / 255, 6 / 255, 9 / 255], rtol=1e-6)
    assert npx.image.flip_left_right(img).asnumpy()[0, 0].tolist() == [9, 10, 11]
    assert npx.image.imresize is mx.image.imresize
    with pytest.raises(TypeError, match="legacy"):
        npx.image.to_tensor(mx.nd.ones((2, 2, 3)))


@pytest.mark.parametrize("name, takes", [("relu", 3), ("activation", 4), ("softmax", 8), ("fully_connected", 8)])
def test_too_many_positions_to_an_npx_function_fail_before_its_input_checks(name, takes):
    with pytest.raises(TypeError) as err:
        getattr(mx.npx, name)(*[1] * (takes + 1))
    assert message_of(err.value) == f"{name}() takes from 0 to {takes} positional arguments but {takes + 1} were given"


def test_np_window_functions_are_named_as_called():
    for name in ("blackman", "hamming", "hanning"):
        with pytest.raises(TypeError) as err:
            getattr(mx.np, name)(1, 2, 3, 4)
        assert message_of(err.value) == f"{name}() takes from 1 to 3 positional arguments but 4 were given"


def test_input_given_as_none_or_a_string():
    x = _np([[1.0, -2.0]])
    with pytest.raises(MXNetError, match=r"Check failed: num_inputs == infered_num_inputs \(0 vs. 1\) : Operator "
                                         r"_npx_relu expects 1 inputs, but got 0 instead.$"):
        npx.relu(None)
    with pytest.raises(AssertionError, match="^Argument data must have NDArray type, but got a$"):
        npx.relu("a")
    with pytest.raises(AssertionError, match="^Argument weight must have NDArray type, but got w$"):
        npx.fully_connected(x, "w", num_hidden=1, no_bias=True)


def test_legacy_array_in_an_attribute_place_is_read_as_text():
    x = _np([[1.0, -2.0]])
    with pytest.raises(MXNetError, match="Invalid Parameter format for axis expect int"):
        npx.log_softmax(x, mx.nd.array([1, 2]))


def test_nonzero_out_checks_and_flat_write():
    x = _np([[1.5, 0.0], [0.0, 2.0]])
    with pytest.raises(MXNetError, match="Type inconsistent, Provided = int32, inferred type = int64$"):
        npx.nonzero(x, out=mx.np.zeros((2, 2), dtype="int32"))
    wide = mx.np.full((3, 2), 9, dtype="int64")
    assert npx.nonzero(x, out=wide) is wide and wide.tolist() == [[0, 0], [1, 1], [9, 9]]
    with pytest.raises(MXNetError, match=r"\(0 vs. 1\)"):
        npx.nonzero(None)


def test_signatures_show_as_generated_functions():
    import inspect
    assert str(inspect.signature(npx.softmax)) == (
        "(data=None, length=None, axis=_Null, temperature=_Null, dtype=_Null, use_length=_Null, out=None, name=None, "
        "**kwargs)")
    assert str(inspect.signature(npx.relu)) == "(data=None, out=None, name=None, **kwargs)"
    assert str(inspect.signature(npx.nonzero)) == "(a)"
    assert str(inspect.signature(npx.constraint_check)) == "(x, msg)"
    assert str(inspect.signature(npx.reshape)) == "(a, newshape, reverse=False, order='C')"


def test_nan_making_kernels_warn_nothing():
    import warnings
    x = _np([[1.0, 2.0], [3.0, -1.0]])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert np.isnan(npx.softmax(x, temperature=0.0).asnumpy()).all()
        assert np.isnan(npx.log_softmax(x, temperature=0.0).asnumpy()).all()
        assert npx.cast(_np([np.nan, 1.5]), "int32").tolist()[1] == 1
        masked = npx.sequence_mask(_np([[1, 2], [3, 4]], dtype="uint8"), _np([1, 1]), use_sequence_length=True,
                                   value=-1)
    assert masked.tolist() == [[1, 2], [255, 255]]       # -1 as the uint8 it casts to


def test_topk_along_an_empty_axis():
    empty = mx.np.zeros((2, 0))
    assert npx.topk(empty, k=0).shape == (2, 0)
    assert [a.shape for a in npx.topk(empty, k=-1, ret_typ="both")] == [(2, 0), (2, 0)]
    with pytest.raises(MXNetError, match=r"Check failed: \*k >= 0 && \*k <= \*element_num: k must be smaller than "
                                         r"0, get k = 1$"):
        npx.topk(empty, k=1)


def test_fully_connected_of_empty_and_0d_data():
    assert npx.fully_connected(mx.np.ones((0, 3, 4)), mx.np.ones((5, 12)), mx.np.ones(5), num_hidden=5).shape == (0, 5)
    with pytest.raises(MXNetError, match=r"index = 0 must be in range \[0, 0\)"):
        npx.fully_connected(mx.np.array(2.0), mx.np.ones((5, 1)), mx.np.ones(5), num_hidden=5)
    with pytest.raises(MXNetError, match=r"index = -1 must be in range \[0, 0\)"):
        npx.fully_connected(mx.np.array(2.0), mx.np.ones((5, 1)), mx.np.ones(5), num_hidden=5, flatten=False)
    no_units = npx.fully_connected(mx.np.ones((2, 0)), mx.np.ones((5, 0)), mx.np.ones(5), num_hidden=5)
    assert no_units.shape == (2, 5)
    with pytest.raises(MXNetError, match="could not create a descriptor for an inner product"):
        no_units.asnumpy()


def test_embedding_of_one_index():
    weight = mx.np.array(np.arange(15.0).reshape(5, 3))
    assert npx.embedding(mx.np.array(2), weight, input_dim=5, output_dim=3).tolist() == [6.0, 7.0, 8.0]


def test_dtype_of_none_is_left_out_and_its_text_refused():
    x = _np([[1.0, -2.0], [0.5, 3.0]])
    assert npx.one_hot(_np([0, 1]), 3, dtype=None).dtype == np.float32         # (the operator's default)
    assert npx.softmax(x, None, -1, 1.0, None, False).dtype == np.float32      # (by position too)
    with pytest.raises(MXNetError, match="Required parameter dtype of int is not presented"):
        npx.cast(x, dtype=None)
    with pytest.raises(TypeError, match="data type 'None' not understood$"):
        npx.cast(x, "None")


def test_an_unreadable_length_flag_is_refused_before_the_input_count():
    x = _np([[1.0, -2.0], [0.5, 3.0]])
    with pytest.raises(MXNetError, match="Invalid Parameter format for use_length expect boolean or None but "
                                         "value='1.0'"):
        npx.softmax(x, _np([1, 2], dtype="int32"), use_length=1.0)


def test_a_shape_attribute_of_none_has_unknown_rank():
    x = mx.np.ones((3, 4))
    with pytest.raises(MXNetError, match=r"Check failed: param_begin.ndim\(\) == param_end.ndim\(\) \(-1 vs. 1\)"):
        npx.slice(x, None, (2,))
    with pytest.raises(MXNetError, match=r"Check failed: i >= 0 && i < ndim\(\): index = -1 must be in range "
                                         r"\[0, 2\)$"):
        npx.slice(x, None, None)
    image, weight = mx.np.ones((1, 1, 4, 4)), mx.np.ones((1, 1, 3, 3))
    with pytest.raises(MXNetError, match=r"\(-1 vs. 3\) : -1D convolution not supported$"):
        npx.convolution(image, weight, mx.np.ones(1), kernel=None, num_filter=1)
    with pytest.raises(MXNetError, match=r"\(2 vs. -1\) : Stride must have the same number of dimensions with "
                                         r"kernel_size,but kernel_size is set to \[3,3\] while stride is None$"):
        npx.deconvolution(image, weight, mx.np.ones(1), kernel=(3, 3), stride=None, num_filter=1)


def test_norms_of_negative_variance_or_eps_warn_nothing():
    import warnings
    x = _np([[1.0, -2.0, 3.0], [0.5, 4.0, -1.0]])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        out = npx.batch_norm(x, _np([1.0, 1.0, 1.0]), _np([0.0, 0.0, 0.0]), _np([0.0, 0.0, 0.0]),
                             _np([-1.0, 1.0, 1.0]), fix_gamma=False, use_global_stats=True)
        assert np.isnan(out.asnumpy()[:, 0]).all()
        assert np.isnan(npx.layer_norm(x, _np([1.0, 1.0, 1.0]), _np([0.0, 0.0, 0.0]), eps=-10.0).asnumpy()).all()


def test_roi_pooling_scales_double_rois_by_a_float_spatial_scale():
    data = mx.np.array(np.arange(36.0).reshape(1, 1, 6, 6), dtype="float64")
    rois = mx.np.array([[0, 0, 0, 5, 5]], dtype="float64")
    # 5 * float(0.9) = 4.4999999 rounds to 4 (a double 0.9 would give 4.5, rounded to 5): rows 0..4 in 1x1 cell
    pooled = npx.roi_pooling(data, rois, pooled_size=(1, 1), spatial_scale=0.9)
    assert pooled.tolist() == [[[[28.0]]]]


def test_rnn_over_an_empty_sequence():
    out = npx.rnn(mx.np.ones((0, 3, 2)), mx.np.ones(126), mx.np.ones((2, 3, 3)), state_size=3, num_layers=1,
                  mode="gru", bidirectional=True)
    assert out.shape == (0, 3, 6) and out.dtype == np.float32


def test_gather_nd_checks_the_index_shape_before_its_type():
    data = mx.np.zeros((2, 3))
    with pytest.raises(MXNetError, match=r"Check failed: ishape.ndim\(\) > 1 \(1 vs. 1\) : gather_nd requires"):
        npx.gather_nd(data, mx.np.array([True, False], dtype="bool"))
    with pytest.raises(MXNetError, match="Unknown type enum 7"):      # (the kernel's, when the result is read)
        npx.gather_nd(data, mx.np.array([[True, False]], dtype="bool")).asnumpy()
