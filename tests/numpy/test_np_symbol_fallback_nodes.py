"""mx.sym.np.empty_like, resize and unravel_index build Custom nodes NumPy computes, without a gradient."""
import json

import numpy as onp
import pytest

import distnet as mx
from distnet import np, npx
from distnet.base import MXNetError


def _x():
    return mx.sym.var("x").as_np_ndarray()


def _run(sym, **arrays):
    return [o.asnumpy() for o in sym.bind(mx.cpu(), arrays).forward()]


def test_nodes_are_custom_fallback_operators_with_text_attributes():
    node = json.loads(mx.sym.np.resize(_x(), (3, 4)).tojson())["nodes"][1]
    assert node["op"] == "Custom" and node["attrs"] == {"new_shape": "(3, 4)", "op_type": "resize_fallback"}
    node = json.loads(mx.sym.np.empty_like(_x(), dtype="int32").tojson())["nodes"][1]
    assert node["attrs"] == {"dtype": "int32", "op_type": "empty_like_fallback", "order": "C", "shape": "None",
                             "subok": "False"}
    node = json.loads(mx.sym.np.unravel_index(_x(), (2, 3)).tojson())["nodes"][1]
    assert node["attrs"] == {"op_type": "unravel_index_fallback", "shape": "(2, 3)"}


def test_shapes_and_types_follow_numpy():
    assert mx.sym.np.resize(_x(), 4).infer_shape(x=(2, 3))[1] == [(4,)]
    assert mx.sym.np.unravel_index(_x(), (2, 3)).infer_shape(x=(5,))[1] == [(2, 5)]
    assert mx.sym.np.unravel_index(_x(), 6).infer_shape(x=(2,))[1] == [(1, 2)]
    assert mx.sym.np.empty_like(_x()).infer_shape(x=(2, 3))[1] == [(2, 3)]
    assert mx.sym.np.empty_like(_x(), dtype=int).infer_type(x="float32")[1] == [onp.int64]
    assert mx.sym.np.resize(_x(), 3).infer_type(x="int32")[1] == [onp.int32]


def test_values_computed_by_numpy():
    data = onp.arange(6, dtype="float32").reshape(2, 3)
    assert (_run(mx.sym.np.resize(_x(), (2, 4)), x=np.array(data))[0] == onp.resize(data, (2, 4))).all()
    coords = _run(mx.sym.np.unravel_index(_x(), (2, 3)), x=np.array([0, 4, 5], dtype="int64"))[0]
    assert coords.dtype == onp.int64 and coords.tolist() == [[0, 1, 1], [0, 1, 2]]
    assert _run(mx.sym.np.empty_like(_x(), dtype="float64"), x=np.ones((2,)))[0].dtype == onp.float64


def test_front_end_refusals_in_order():
    with pytest.raises(NotImplementedError, match="Only support C order"):
        mx.sym.np.empty_like(3, order="F", subok=True)
    with pytest.raises(NotImplementedError, match="sub-class"):
        mx.sym.np.empty_like(_x(), subok=True, shape=(2,))
    with pytest.raises(NotImplementedError, match="Parameter 'shape'"):
        mx.sym.np.empty_like(_x(), shape=())
    with pytest.raises(NotImplementedError, match="Do not support this dtype"):
        mx.sym.np.empty_like(_x(), dtype=onp.dtype("float32"))
    with pytest.raises(NotImplementedError, match="Don not support column-major"):
        mx.sym.np.unravel_index(3, (2, 3), order="F")
    with pytest.raises(AssertionError, match="must be Symbol instances, but got 3"):
        mx.sym.np.resize(3, (2,))
    with pytest.raises(TypeError, match="`_npi_Custom` registered in backend is known as `Custom`"):
        mx.sym.np.unravel_index(mx.sym.var("z"), (2, 3))


def test_bool_is_no_empty_like_type_of_the_operator(capsys):
    with pytest.raises(MXNetError, match="kCustomOpPropInferType"):
        mx.sym.np.empty_like(_x(), dtype="bool").infer_type(x="float32")
    assert "Error in empty_like_fallback.infer_type" in capsys.readouterr().out


def test_hybridized_block_runs_them_and_refuses_their_gradient(capsys):
    npx.set_np()
    try:
        block = mx.gluon.nn.HybridLambda(lambda F, x: F.np.resize(x, (3,)) * 2)
        block.hybridize()
        x = np.array([1., 4.])
        x.attach_grad()
        with mx.autograd.record():
            y = block(x)
        assert y.asnumpy().tolist() == [2., 8., 2.]
        y.backward()
        with pytest.raises(MXNetError, match="kCustomOpBackward"):
            x.grad.asnumpy()
        assert "Operator resize does not support gradient computation" in capsys.readouterr().out
        unravel = mx.gluon.nn.HybridLambda(lambda F, x: F.np.unravel_index(x, (2, 3)))
        unravel.hybridize()
        assert unravel(np.array([1, 4], dtype="int64")).asnumpy().tolist() == [[0, 1], [1, 1]]
    finally:
        npx.reset_np()


def test_multivariate_normal_is_an_mvn_fallback_node():
    mean, cov = _x(), mx.sym.var("c").as_np_ndarray()
    sym = mx.sym.np.random.multivariate_normal(mean, cov, size=3)
    node = json.loads(sym.tojson())["nodes"][-1]
    assert node["op"] == "Custom" and node["attrs"] == {"op_type": "mvn_fallback", "size": "3"}
    assert sym.infer_shape(x=(2,), c=(4, 2, 2))[1] == [(3, 4, 2)]
    assert sym.infer_type(x="float64", c="float32")[1] == [onp.float64]
    out = sym.bind(mx.cpu(), {"x": np.array([1., 2.]), "c": np.array([[1., 0.], [0., 4.]])}).forward()[0]
    assert out.shape == (3, 2) and onp.isfinite(out.asnumpy()).all()
    with pytest.raises(NotImplementedError, match="Parameter `check_valid` is not supported"):
        mx.sym.np.random.multivariate_normal(mean, cov, check_valid="warn", tol=1e-8)


def test_samplers_mxnet_lacks_are_attribute_errors():
    with pytest.raises(AttributeError, match="module 'mxnet.symbol.numpy.random' has no attribute 'laplace'"):
        mx.sym.np.random.laplace
