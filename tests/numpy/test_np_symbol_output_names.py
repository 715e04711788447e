"""mx.sym.np nodes are named and shaped as MXNet's: operators that name their output ('out', 'std'), those with
hidden outputs numbered, and det / slogdet built as the linalg operators, 0-d under NumPy shape semantics."""
import json

import numpy as onp
import pytest

import distnet as mx
from distnet import np, npx


def _x(name="x"):
    return mx.sym.var(name).as_np_ndarray()


@pytest.mark.parametrize("build, expected", [
    (lambda x, y: mx.sym.np.concatenate([x, y]), "concatenate0_out"),
    (lambda x, y: mx.sym.np.hstack([x, y]), "hstack0_out"),
    (lambda x, y: mx.sym.np.dstack([x, y]), "dstack0_out"),
    (lambda x, y: mx.sym.np.matmul(x, y), "matmul0_out"),
    (lambda x, y: mx.sym.np.std(x), "std0_std"),
    (lambda x, y: mx.sym.np.var(x, ddof=1), "var0_var"),
    (lambda x, y: mx.sym.np.linalg.norm(x), "norm0_output0"),
    (lambda x, y: mx.sym.np.average(x), "average0_output0"),
    (lambda x, y: mx.sym.np.random.normal(x, 1), "normal0_output0"),
    (lambda x, y: mx.sym.np.random.exponential(size=2), "exponential0_output0"),
    (lambda x, y: mx.sym.np.linalg.det(x), "det0_output0"),
    (lambda x, y: mx.sym.np.stack([x, y]), "stack0_output"),
    (lambda x, y: mx.sym.np.random.uniform(size=2), "uniform0_output"),
])
def test_output_names(build, expected):
    with mx.name.NameManager():
        assert build(_x(), _x("y")).list_outputs() == [expected]


def test_det_and_slogdet_are_the_linalg_operators():
    ops = [n["op"] for n in json.loads(mx.sym.np.linalg.slogdet(_x())[0].tojson())["nodes"]]
    assert ops == ["null", "_linalg_slogdet"]
    assert json.loads(mx.sym.np.linalg.det(_x()).tojson())["nodes"][1]["op"] == "_linalg_det"


def test_one_matrix_determinant_is_0d_under_numpy_shape_semantics_only():
    a = onp.array([[2., 1.], [1., 3.]], dtype="float32")
    det = mx.sym.np.linalg.det(_x())
    assert det.bind(mx.cpu(), {"x": np.array(a)}).forward()[0].shape == (1,)
    with mx.util.np_shape(True):
        out = det.bind(mx.cpu(), {"x": np.array(a)}).forward()[0]
        assert out.shape == () and out.asnumpy() == pytest.approx(5.0)
        assert [o.shape for o in mx.nd.linalg.slogdet(mx.nd.array(a))] == [(), ()]
        assert mx.sym.linalg.det(mx.sym.var("x")).infer_shape(x=(2, 2))[1] == [()]
        assert mx.nd.linalg.sumlogdiag(mx.nd.array(a)).shape == (1,)       # (the other per-matrix operators)
    assert mx.nd.linalg.det(mx.nd.array(a)).shape == (1,)


def test_a_0d_determinant_passes_its_gradient_on_in_a_hybridized_graph():
    npx.set_np()
    try:
        block = mx.gluon.nn.HybridLambda(lambda F, x: F.np.linalg.det(x) + F.np.ones(3))
        block.hybridize()
        a = onp.array([[2., 1.], [1., 3.]], dtype="float32")
        x = np.array(a)
        x.attach_grad()
        with mx.autograd.record():
            y = block(x)
        y.backward()
        # d det / dA = det(A) * inv(A).T, summed over the three broadcast copies
        assert onp.allclose(x.grad.asnumpy(), 3 * onp.linalg.det(a) * onp.linalg.inv(a).T, atol=1e-5)
    finally:
        npx.reset_np()
