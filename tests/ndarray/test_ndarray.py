"""NDArray basics: creation, repr, dtype rules, in-place and out= semantics, indexing, pending reads."""
import threading

import numpy as np
import pytest

import distnet as mx
from distnet import nd
from distnet.base import MXNetError, message_of
from distnet.ndarray.ndarray import mark_pending, raw_data
from distnet.test_utils import assert_almost_equal


def test_repr_matches_mxnet():
    assert repr(nd.array([[1, 2], [3, 4]])) == "\n[[1. 2.]\n [3. 4.]]\n<NDArray 2x2 @cpu(0)>"
    assert repr(nd.array([1, 2], dtype="int32")) == "\n[1 2]\n<NDArray 2 @cpu(0)>"
    assert str(nd.zeros(3)) == "\n[0. 0. 0.]\n<NDArray 3 @cpu(0)>"


def test_default_dtype_is_float32_and_source_dtype_is_not_kept():
    assert nd.array([1, 2]).dtype == np.float32
    assert nd.array(np.array([1.0, 2.0])).dtype == np.float32
    assert nd.array(np.array([1, 2], dtype=np.int64)).dtype == np.float32
    assert nd.array([1, 2], dtype="float64").dtype == np.float64
    assert nd.array(nd.array([1], dtype="int32")).dtype == np.int32


def test_attributes():
    x = nd.ones((2, 3, 4))
    assert (x.shape, x.size, x.ndim, x.context, x.stype) == ((2, 3, 4), 24, 3, mx.cpu(0), "default")
    assert x.T.shape == (4, 3, 2)
    assert nd.ones(2).grad is None


def test_full_reduction_has_shape_one():
    x = nd.array([[1, 2], [3, 4]])
    assert x.sum().shape == (1,)
    assert x.sum().asscalar() == 10.0
    assert nd.argmax(x, axis=1).dtype == np.float32
    assert_almost_equal(nd.mean(x, axis=1, exclude=True), [2.0, 3.0])


def test_scalar_arithmetic_both_sides():
    x = nd.array([1.0, 2.0, 4.0])
    assert_almost_equal(1 - x, [0, -1, -3])
    assert_almost_equal(2 / x, [2, 1, 0.5])
    assert_almost_equal(2 ** x, [2, 4, 16])
    assert_almost_equal(x % 3, [1, 2, 1])
    assert_almost_equal(-x, [-1, -2, -4])
    assert_almost_equal(abs(-x), [1, 2, 4])


def test_integer_arrays_keep_their_dtype_with_float_scalars():
    i = nd.array([3, 5], dtype="int32")
    assert (i * 0.5).asnumpy().tolist() == [0, 0]
    assert (i / 2).asnumpy().tolist() == [1, 2]
    assert (i / 2).dtype == np.int32


def test_comparison_gives_ones_and_zeros_in_input_dtype():
    x = nd.array([[1, 2], [3, 4]])
    r = x == 2
    assert r.dtype == np.float32
    assert r.asnumpy().tolist() == [[0, 1], [0, 0]]
    assert (x > 2).asnumpy().tolist() == [[0, 0], [1, 1]]


def test_inplace_operators_keep_identity():
    x = nd.ones(3)
    buf = raw_data(x)
    x += 1
    x *= 3
    x -= 1
    x /= 5
    assert raw_data(x) is buf
    assert_almost_equal(x, [1, 1, 1])


def test_out_argument_writes_into_target():
    x, y, z = nd.ones(2), nd.ones(2) * 2, nd.zeros(2)
    before = id(z)
    r = nd.elemwise_add(x, y, out=z)
    assert r is z and id(z) == before
    assert_almost_equal(z, [3, 3])
    with pytest.raises(MXNetError, match=r"at 0-th output: expected \[2\], got \[3\]$"):
        nd.elemwise_add(x, y, out=nd.zeros(3))


def test_slice_assign_and_broadcast_setitem():
    x = nd.zeros((2, 3))
    x[:] = 5
    x[0, :] = nd.array([1, 2, 3])
    x[1] = nd.array([7, 8, 9])
    assert x.asnumpy().tolist() == [[1, 2, 3], [7, 8, 9]]


def test_getitem_rules():
    x = nd.array([[1, 2], [3, 4]])
    assert x[0].shape == (2,)
    assert x[0, 1].shape == (1,)
    assert nd.arange(3)[0].shape == (1,)
    assert x[nd.array([1, 0])].asnumpy().tolist() == [[3, 4], [1, 2]]
    assert x[[1, 0]].asnumpy().tolist() == [[3, 4], [1, 2]]
    assert x[:, 1].asnumpy().tolist() == [2, 4]
    assert x[1:, None].shape == (1, 1, 2)
    assert [r.shape for r in x] == [(2,), (2,)]


def test_getitem_gradient_scatters_back():
    x = nd.array([[1.0, 2.0], [3.0, 4.0]])
    x.attach_grad()
    with mx.autograd.record():
        y = x[1] * 2 + x[:, 0]
    y.backward()
    assert_almost_equal(x.grad, [[1, 0], [3, 2]])


def test_creation_functions():
    assert nd.arange(2, 8, 2, repeat=2).asnumpy().tolist() == [2, 2, 4, 4, 6, 6]
    assert_almost_equal(nd.linspace(0, 1, 5), [0, 0.25, 0.5, 0.75, 1])
    assert nd.full((2, 2), 7).asnumpy().tolist() == [[7, 7], [7, 7]]
    assert nd.eye(2, 3, 1).asnumpy().tolist() == [[0, 1, 0], [0, 0, 1]]
    assert nd.zeros((2,), dtype="int64").dtype == np.int64
    assert nd.zeros_like(nd.ones((2, 2))).asnumpy().sum() == 0
    assert nd.ones_like(nd.ones((2, 2))).shape == (2, 2)


def test_conversions():
    x = nd.array([3.0])
    assert x.asscalar() == 3.0 and isinstance(x.asscalar(), np.float32)
    with pytest.raises(ValueError):
        nd.ones(2).asscalar()
    a = x.asnumpy()
    a[0] = 9
    assert x.asscalar() == 3.0
    assert x.astype("int32").dtype == np.int32
    y = x.copy()
    y[:] = 1
    assert x.asscalar() == 3.0
    z = nd.zeros(1)
    x.copyto(z)
    assert z.asscalar() == 3.0
    assert x.as_in_context(mx.cpu(0)) is x
    assert x.as_in_context(mx.cpu(1)).context == mx.cpu(1)
    assert not bool(nd.array([0])) and bool(nd.array([2]))
    assert len(nd.ones((4, 2))) == 4


def test_numpy_ufuncs_dispatch_to_operators():
    x = nd.array([0.0, 1.0])
    y = np.exp(x)
    assert isinstance(y, nd.NDArray)
    assert_almost_equal(y, np.exp([0.0, 1.0]))
    with pytest.raises(TypeError, match="not supported"):     # MXNet refuses numpy array operands
        np.ones(2, np.float32) + x
    with pytest.raises(TypeError, match="not supported"):
        x * np.ones(2, np.float32)
    assert isinstance(x + np.float32(1), nd.NDArray)          # numpy scalars are fine


def test_pending_array_read_waits_for_the_writer():
    x = nd.zeros(3)
    done = threading.Event()

    def writer():
        raw_data(x)[:] = 7
        done.set()
    mark_pending(x, lambda: done.wait(10) or (_ for _ in ()).throw(TimeoutError("writer")))
    t = threading.Thread(target=writer)
    t.start()
    assert x.asnumpy().tolist() == [7, 7, 7]
    t.join(10)
    assert type(x) is nd.NDArray


def test_waitall_settles_pending_arrays():
    x = nd.zeros(2)
    calls = []
    mark_pending(x, lambda: calls.append(1))
    nd.waitall()
    assert calls == [1] and type(x) is nd.NDArray


def test_gpu_context_can_be_named_but_holds_no_array():
    assert repr(mx.gpu(1)) == "gpu(1)" and mx.context.num_gpus() == 0
    with pytest.raises(MXNetError, match="GPU"):
        nd.ones(2, ctx=mx.gpu(0))
    with pytest.raises(MXNetError, match="GPU"):
        nd.ones(2).as_in_context(mx.gpu(0))


def test_bad_shapes_fail_with_the_broadcast_check_alone():
    """MXNet's NDArray call names no operator: its words start with the check that failed."""
    with pytest.raises(MXNetError) as e:
        nd.ones((2, 3)) + nd.ones((4, 5))
    assert message_of(e.value).splitlines()[0] == \
        "Check failed: l == 1 || r == 1: operands could not be broadcast together with shapes [2,3] [4,5]"


def test_results_stay_on_the_inputs_context():
    x = nd.ones((2, 2), ctx=mx.cpu(1))
    assert {(x + 1).context, nd.exp(x).context, nd.sum(x, axis=0).context, (x * x).context} == {mx.cpu(1)}


def test_integer_dtype_rules_as_mxnet():
    """Values measured with MXNet 1.9.1: scalars take the array's dtype, dtypes never mix, ints stay ints."""
    i = nd.array([1, 2, 3], dtype="int32")
    u = nd.array([250], dtype="uint8")
    assert (u + 300).asnumpy().tolist() == [38] and (u + np.float64(1.5)).asnumpy().tolist() == [251]
    assert (i * 2.5).asnumpy().tolist() == [2, 4, 6] and nd.add(i, 2.5).asnumpy().tolist() == [3, 4, 5]
    assert nd.divide(i, 2).asnumpy().tolist() == [0, 1, 1] and nd.equal(i, 2.5).asnumpy().tolist() == [0, 1, 0]
    assert nd.sqrt(i).asnumpy().tolist() == [1, 1, 1] and nd.exp(i).asnumpy().tolist() == [2, 7, 20]
    assert nd.argmax(i, axis=0).dtype == np.int32
    for mixed in (lambda: i + nd.array([1, 2, 3]), lambda: nd.array([1, 2], dtype="float16") + nd.ones(2),
                  lambda: i == nd.array([1, 2, 3])):
        with pytest.raises(MXNetError, match=r"Incompatible attr in node  at 1-th input: expected \w+, got \w+$"):
            mixed()
    x = nd.array([0.5, 1.5, 2.5, -0.5, -1.5, -2.5])
    assert nd.round(x).asnumpy().tolist() == [1, 2, 3, -1, -2, -3]
    assert nd.rint(x).asnumpy().tolist() == [0, 1, 2, -1, -2, -3]
