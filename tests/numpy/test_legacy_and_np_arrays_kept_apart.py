"""Legacy mx.nd operators refuse mx.np arrays and mx.np operators refuse legacy NDArrays (TypeError, as MXNet 1.9.1)."""
import numpy as onp
import pytest

import distnet as mx
from distnet.base import message_of

A = mx.nd.ones((2,))
B = mx.np.ones((2,))

# Each of these raised TypeError on MXNet 1.9.1 (measured with a = nd.ones((2,)), b = np.ones((2,))).
REFUSED = {
    "nd.relu(np)": lambda a, b: mx.nd.relu(b),
    "nd.dot(nd, np)": lambda a, b: mx.nd.dot(a, b),
    "nd.elemwise_add": lambda a, b: mx.nd.elemwise_add(a, b),
    "nd.broadcast_add": lambda a, b: mx.nd.broadcast_add(a, b),
    "nd.concat": lambda a, b: mx.nd.concat(a, b, dim=0),
    "nd.add_n": lambda a, b: mx.nd.add_n(a, b),
    "nd.sum": lambda a, b: mx.nd.sum(b),
    "nd.zeros_like": lambda a, b: mx.nd.zeros_like(b),
    "nd.where": lambda a, b: mx.nd.where(a, a, b),
    "nd.maximum scalar": lambda a, b: mx.nd.maximum(b, 1),
    "nd.FullyConnected weight": lambda a, b: mx.nd.FullyConnected(mx.nd.ones((1, 2)), mx.np.ones((3, 2)),
                                                                   mx.nd.ones((3,)), num_hidden=3),
    "nd.relu out=np": lambda a, b: mx.nd.relu(a, out=b),
    "nd.random.uniform out=np": lambda a, b: mx.nd.random.uniform(shape=(2,), out=b),
    "nd.random.normal": lambda a, b: mx.nd.random.normal(b, a),
    "nd.contrib.boolean_mask": lambda a, b: mx.nd.contrib.boolean_mask(a, b),
    "nd.linalg.gemm2": lambda a, b: mx.nd.linalg.gemm2(b.reshape(1, 2), a.reshape(2, 1)),
    "nd.array(np)": lambda a, b: mx.nd.array(b),
    "nd.__add__(np)": lambda a, b: a.__add__(b),
    "nd += np": lambda a, b: a.__iadd__(b),
    "nd[:] = np": lambda a, b: a.__setitem__(slice(None), b),
    "nd.copyto(np)": lambda a, b: a.copyto(b),
    "a + b": lambda a, b: a + b,
    "nd.reshape_like(np)": lambda a, b: a.reshape_like(b),
    "nd.slice_like(np)": lambda a, b: a.slice_like(b),
    "nd.take(np)": lambda a, b: a.take(b),
    "nd.pick(np)": lambda a, b: a.pick(b),
    "np.copyto(nd)": lambda a, b: b.copyto(a),
    "np[:] = nd": lambda a, b: b.__setitem__(slice(None), a),
    "np.sin(nd)": lambda a, b: mx.np.sin(a),
    "np.sin out=nd": lambda a, b: mx.np.sin(b, out=a),
    "np.dot(nd, np)": lambda a, b: mx.np.dot(a, b),
    "np.concatenate": lambda a, b: mx.np.concatenate([a, b]),
    "np.stack": lambda a, b: mx.np.stack([a, b]),
    "np.zeros_like(nd)": lambda a, b: mx.np.zeros_like(a),
    "np.clip(nd)": lambda a, b: mx.np.clip(a, 0, 1),
    "np.add(nd, np)": lambda a, b: mx.np.add(a, b),
    "np @ nd": lambda a, b: b.dot(a),
    "npx.relu(nd)": lambda a, b: mx.npx.relu(a),
}


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_mixing_the_two_array_kinds_is_a_type_error(name):
    a, b = A.copy(), B.copy()
    with pytest.raises(TypeError):
        REFUSED[name](a, b)
    assert a.asnumpy().tolist() == [1.0, 1.0] and b.asnumpy().tolist() == [1.0, 1.0]   # nothing was written


def test_each_kind_with_its_own_operators_still_works():
    assert (mx.nd.relu(A) + A).asnumpy().tolist() == [2.0, 2.0]
    assert mx.np.sin(B * 0).asnumpy().tolist() == [0.0, 0.0]
    assert type(mx.nd.relu(B.as_nd_ndarray())) is mx.nd.NDArray
    assert type(mx.np.add(A.as_np_ndarray(), B)) is mx.np.ndarray


def test_gluon_layers_run_on_np_arrays_under_numpy_semantics():
    mx.npx.set_np()
    try:
        dense = mx.gluon.nn.Dense(3, in_units=2, activation="relu")
        dense.initialize()
        out = dense(mx.np.ones((1, 2)))
    finally:
        mx.npx.reset_np()
    assert type(out) is mx.np.ndarray and out.shape == (1, 3)


def test_tensordot_inner_and_outer_take_legacy_arrays_as_mxnet():
    a, b = mx.nd.array([[1, 2], [3, 4]]), mx.np.array([[1, 0], [0, 1]])
    assert mx.np.tensordot(a, b).item() == 5.0
    assert mx.np.inner(a, b).asnumpy().tolist() == [[1.0, 2.0], [3.0, 4.0]]
    outer = mx.np.outer(a, b)        # MXNet flattens the legacy array with nd.flatten: (2, 2), then (2, 2, 4)
    assert type(outer) is mx.np.ndarray and outer.shape == (2, 2, 4)
    assert outer.asnumpy()[1].tolist() == [[3.0, 0.0, 0.0, 3.0], [4.0, 0.0, 0.0, 4.0]]
    assert mx.np.outer(mx.nd.ones(3), b).shape == (3, 1, 4) and mx.np.outer(b, b).shape == (4, 4)


def test_np_random_refuses_legacy_parameters_and_outputs():
    with pytest.raises(mx.MXNetError):          # MXNet reads the legacy array as an attribute and fails
        mx.np.random.uniform(mx.nd.ones((2, 2)), 2)
    with pytest.raises(mx.MXNetError):
        mx.np.random.normal(0, mx.nd.ones((2,)))
    with pytest.raises(TypeError):
        mx.np.random.uniform(0, 1, size=(2,), out=mx.nd.zeros((2,)))
    with pytest.raises(TypeError):
        mx.np.empty_like(mx.nd.ones((2,)))


@pytest.mark.usefixtures("np_semantics")
def test_a_legacy_array_is_not_made_from_an_mx_np_array_but_an_empty_one():
    import distnet as mx
    from distnet import np as mnp
    with pytest.raises(TypeError) as e:
        mx.nd.array(mnp.zeros((2,)))
    assert message_of(e.value) == ("<class 'mxnet.ndarray.ndarray.NDArray'> does not support assignment with non-array-like "
                            "object [0. 0.] of type <class 'mxnet.numpy.ndarray'>")
    empty = mx.nd.array(mnp.zeros((0,), dtype="bool"))
    assert type(empty) is mx.nd.NDArray and empty.shape == (0,) and empty.dtype == onp.bool_


def test_a_name_npx_lacks_is_refused_naming_mxnets_module():
    import distnet as mx
    with pytest.raises(AttributeError, match="^module 'mxnet.numpy_extension' has no attribute 'from_dlpack'$"):
        mx.npx.from_dlpack
