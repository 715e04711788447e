"""mx.sym.np and hybridized HybridBlocks calling F.np / F.npx under npx.set_np(): graphs as MXNet 1.9.1 builds
them (operator names and attributes recorded from it), results and gradients as the imperative run's."""
import json

import numpy as onp
import pytest

import distnet as mx
from distnet import autograd, gluon, np, npx
from distnet.gluon import nn
from distnet.base import MXNetError, message_of


@pytest.fixture(autouse=True)
def numpy_mode():
    npx.set_np()
    yield
    npx.reset_np()


def _ops(sym):
    return [(n["op"], n["name"], n.get("attrs", {})) for n in json.loads(sym.tojson())["nodes"] if n["op"] != "null"]


def _var(name):
    return mx.sym.var(name).as_np_ndarray()


# expression -> [(op, node name, attrs)] as MXNet 1.9.1 writes them
GRAPHS = [
    (lambda a, b: a + b, [("_npi_add", "add0", {})]),
    (lambda a, b: a / b, [("_npi_true_divide", "true_divide0", {})]),
    (lambda a, b: a + 1, [("_npi_add_scalar", "add_scalar0", {"is_int": "True", "scalar": "1.0"})]),
    (lambda a, b: 1 + a, [("_npi_add_scalar", "add_scalar0", {"is_int": "True", "scalar": "1.0"})]),
    (lambda a, b: 2 * a, [("_npi_multiply_scalar", "multiply_scalar0", {"is_int": "False", "scalar": "2.0"})]),
    (lambda a, b: 1 - a, [("_npi_rsubtract_scalar", "rsubtract_scalar0", {"is_int": "False", "scalar": "1.0"})]),
    (lambda a, b: a ** 2, [("_npi_power_scalar", "power_scalar0", {"is_int": "True", "scalar": "2.0"})]),
    (lambda a, b: -a, [("_npi_multiply_scalar", "multiply_scalar0", {"is_int": "False", "scalar": "-1.0"})]),
    (lambda a, b: 2 > a, [("_npi_less_scalar", "less_scalar0", {"is_int": "True", "scalar": "2.0"})]),
    (lambda a, b: a >= b, [("_npi_greater_equal", "greater_equal0", {})]),
    (lambda a, b: a[0], [("slice", "slice0", {"begin": "[0]", "end": "[1]"}),
                         ("_npx_reshape", "reshape0", {"newshape": "(-3, -4)"})]),
    (lambda a, b: a[1:3], [("slice", "slice0", {"begin": "1", "end": "3", "step": "None"})]),
    (lambda a, b: a[::2, 1:], [("slice", "slice0", {"begin": "[None, 1]", "end": "[None, None]", "step": "[2, None]"}),
                               ("_npx_reshape", "reshape0", {"newshape": "(-2, -2, -4)"})]),
    (lambda a, b: a.reshape(2, 3), [("_np_reshape", "reshape0", {"newshape": "(2, 3)", "order": "C"})]),
    (lambda a, b: a.T, [("_np_transpose", "transpose0", {"axes": "None"})]),
    (lambda a, b: a.sum(axis=1, keepdims=True), [("_np_sum", "sum0", {"axis": "1", "keepdims": "True"})]),
    (lambda a, b: a.argmax(axis=1), [("_npi_argmax", "argmax0", {"axis": "1", "keepdims": "False"})]),
    (lambda a, b: a.astype("int32"), [("Cast", "cast0", {"dtype": "int32"})]),
    (lambda a, b: a.swapaxes(0, 1), [("SwapAxis", "swapaxes0", {"dim1": "0", "dim2": "1"})]),
    (lambda a, b: mx.sym.np.abs(a), [("_npi_absolute", "abs0", {})]),
    (lambda a, b: mx.sym.np.maximum(a, 0), [("_maximum_scalar", "maximum_scalar0", {"is_int": "True", "scalar": "0.0"})]),
    (lambda a, b: mx.sym.np.mean(a, axis=(0, 1), keepdims=True),
     [("_npi_mean", "mean0", {"axis": "(0, 1)", "keepdims": "True"})]),
    (lambda a, b: mx.sym.np.concatenate([a, b], axis=1), [("_npi_concatenate", "concatenate0",
                                                            {"axis": "1", "num_args": "2"})]),
    (lambda a, b: mx.sym.np.zeros_like(a), [("_npi_full_like", "full_like0", {"ctx": "cpu(0)", "fill_value": "0"})]),
    (lambda a, b: mx.sym.np.ones((2,)), [("_npi_ones", "ones0", {"ctx": "cpu(0)", "dtype": "float32",
                                                                  "shape": "(2,)"})]),
    (lambda a, b: mx.sym.npx.relu(a), [("_npx_relu", "relu0", {})]),
    (lambda a, b: mx.sym.npx.batch_flatten(a), [("Flatten", "batch_flatten0", {})]),
    (lambda a, b: mx.sym.npx.reshape(a, (-2, -1)), [("_npx_reshape", "reshape0", {"newshape": "(-2, -1)"})]),
    # generated reductions write the arguments given (None and False included); mean passes axis and keepdims on
    (lambda a, b: mx.sym.np.sum(a, axis=0), [("_np_sum", "sum0", {"axis": "0"})]),
    (lambda a, b: mx.sym.np.sum(a, dtype="int32"), [("_np_sum", "sum0", {"dtype": "int32"})]),
    (lambda a, b: mx.sym.np.sum(a, keepdims=False), [("_np_sum", "sum0", {"keepdims": "False"})]),
    (lambda a, b: mx.sym.np.max(a, None), [("_np_max", "max0", {"axis": "None"})]),
    (lambda a, b: mx.sym.np.all(a, keepdims=False), [("_np_all", "all0", {"keepdims": "False"})]),
    (lambda a, b: mx.sym.np.any(a, axis=None), [("_np_any", "any0", {"axis": "None"})]),
    (lambda a, b: mx.sym.np.mean(a, 1), [("_npi_mean", "mean0", {"axis": "1", "keepdims": "False"})]),
    (lambda a, b: mx.sym.np.std(a, dtype="float64"),
     [("_npi_std", "std0", {"axis": "None", "ddof": "0", "dtype": "float64", "keepdims": "False"})]),
    # linalg.norm: MXNet's front end picks the flag (-2 whole array, 1 Frobenius, -1 vector) and writes ord as given
    (lambda a, b: mx.sym.np.linalg.norm(a), [("_npi_norm", "norm0", {"axis": "None", "flag": "-2",
                                                                      "keepdims": "False", "ord": "2"})]),
    (lambda a, b: mx.sym.np.linalg.norm(a, axis=-1), [("_npi_norm", "norm0", {"axis": "(-1,)", "flag": "1",
                                                                               "keepdims": "False", "ord": "2"})]),
    (lambda a, b: mx.sym.np.linalg.norm(a, 2.0, 1), [("_npi_norm", "norm0", {"axis": "(1,)", "flag": "-1",
                                                                              "keepdims": "False", "ord": "2"})]),
    (lambda a, b: mx.sym.np.linalg.norm(a, "inf", 1), [("_npi_absolute", "abs0", {}),
                                                        ("_np_max", "max0", {"axis": "(1,)", "keepdims": "False"})]),
    # an open slice bound is written [None]; a single int shape, size or repetition count stays an int
    (lambda a, b: a[1:], [("slice", "slice0", {"begin": "1", "end": "[None]", "step": "None"})]),
    (lambda a, b: a[::-1], [("slice", "slice0", {"begin": "[None]", "end": "[None]", "step": "-1"})]),
    (lambda a, b: mx.sym.np.tile(a, 2), [("tile", "tile0", {"reps": "2"})]),
    (lambda a, b: mx.sym.np.zeros(3), [("_npi_zeros", "zeros0", {"ctx": "cpu(0)", "dtype": "float32", "shape": "3"})]),
    (lambda a, b: mx.sym.np.random.uniform(size=2), [("_npi_uniform", "uniform0", {
        "ctx": "cpu(0)", "dtype": "float32", "high": "1.0", "low": "0.0", "size": "2"})]),
    (lambda a, b: mx.sym.np.insert(a, 1, 5), [("_npi_insert_scalar", "insert_scalar0", {"axis": "None", "int_ind": "1",
                                                                                       "val": "5"})]),
    (lambda a, b: mx.sym.np.linalg.cholesky(a), [("_npi_cholesky", "cholesky0", {})]),
    (lambda a, b: mx.sym.np.random.normal(a, 2.0),
     [("_npi_normal", "normal0", {"ctx": "cpu(0)", "dtype": "float32", "loc": "None", "scale": "2.0",
                                  "size": "None"})]),
]


@pytest.mark.parametrize("build, expected", GRAPHS)
def test_np_symbols_build_mxnets_operators(build, expected):
    with mx.name.NameManager():
        sym = build(_var("a"), _var("b"))
    assert type(sym).__name__ == "_Symbol"
    assert _ops(sym) == expected


def test_np_symbol_reprs_lists_and_refusals():
    with mx.name.NameManager():
        a = _var("a")
        assert repr(a) == "<_Symbol a>" and repr(a * 2) == "<_Symbol multiply_scalar0>"
        parts = mx.sym.np.split(a, 2)
        assert isinstance(parts, list) and len(parts) == 2 and parts[1].list_outputs() == ["split0_output1"]
    assert type(a.as_nd_ndarray()) is mx.sym.Symbol
    assert json.loads(a.tojson())["attrs"]["is_np_shape"] == ["int", 1]
    with pytest.raises(AttributeError):
        a.sum_axis             # legacy fluent methods are not np's
    with pytest.raises(AttributeError, match="_Symbol object has no attribute exp"):
        a.exp()                # listed by MXNet's _Symbol, refused when called
    outputs = mx.sym.npx.topk(a, k=2, ret_typ="both")
    assert isinstance(outputs, list) and len(outputs) == 2
    pieces = mx.sym.np.split(a, 3)
    assert pieces[0].num_outputs == 1 and _ops(pieces[0][1:])[-1][0] == "slice"     # indexes the data
    with pytest.raises(IndexError, match="Only integer, slice, or tuple"):
        a[:, None]


class _Custom(nn.HybridBlock):
    """d2l-style: layers plus np functions, operators, methods and basic indexing."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.dense = nn.Dense(6)
        self.norm = nn.BatchNorm()

    def hybrid_forward(self, F, x, y):
        h = F.npx.relu(self.norm(self.dense(x)))
        z = F.np.exp(h - F.np.max(h, axis=1, keepdims=True))
        z = z / F.np.sum(z, axis=1, keepdims=True) + 0.5 * h.T.T - F.np.mean(h) * 2
        w = F.np.concatenate([z[:, 1:3], (y ** 2).reshape(-1, 2)], axis=1)
        return F.np.tanh(w).sum(axis=0) + F.np.dot(w, w.T)[0].mean()


def _run(block, x, y):
    x.attach_grad()
    with autograd.record():
        out = block(x, y)
    out.backward()
    return out.asnumpy(), x.grad.asnumpy(), block.dense.weight.grad().asnumpy()


def test_hybridized_np_block_matches_imperative_and_reimports(tmp_path):
    mx.random.seed(3)
    block = _Custom()
    block.initialize(mx.init.Xavier())
    x, y = np.random.uniform(size=(4, 5)), np.random.uniform(size=(4, 2))
    imperative = _run(block, x, y)
    block.hybridize()
    hybrid = _run(block, x, y)
    for a, b in zip(imperative, hybrid):
        onp.testing.assert_allclose(a, b, rtol=1e-5, atol=1e-6)
    assert type(block(x, y)) is np.ndarray
    block.export(str(tmp_path / "custom"))
    graph = json.loads((tmp_path / "custom-symbol.json").read_text())
    shapes = {n["name"]: n.get("attrs", {}).get("__shape__") for n in graph["nodes"] if n["op"] == "null"}
    # as MXNet 1.9.1: the variables were traced (for deferred initialisation) before the shapes were known
    assert shapes[block.dense.weight.name] == "(6, -1)" and shapes[block.norm.gamma.name] == "(-1,)"
    assert graph["attrs"]["is_np_shape"] == ["int", 1]
    assert ("_npi_concatenate" in {n["op"] for n in graph["nodes"]}) and "elemwise_add" not in str(graph)
    loaded = gluon.SymbolBlock.imports(str(tmp_path / "custom-symbol.json"), ["data0", "data1"],
                                       str(tmp_path / "custom-0000.params"))
    assert repr(loaded).splitlines()[1].startswith("<_Symbol ")       # as MXNet: np symbols under set_np()
    again = loaded(x, y)
    assert type(again) is np.ndarray
    onp.testing.assert_allclose(again.asnumpy(), block(x, y).asnumpy(), rtol=1e-6)


def test_hybridized_gradients_have_closed_forms():
    class Block(nn.HybridBlock):
        def hybrid_forward(self, F, x):
            return (2 * F.np.exp(x) + x ** 2 - x / 4).sum()

    block = Block()
    block.hybridize()
    x = np.array([[0.5, -1.0], [2.0, 0.0]])
    x.attach_grad()
    with autograd.record():
        out = block(x)
    out.backward()
    expected = 2 * onp.exp(x.asnumpy()) + 2 * x.asnumpy() - 0.25
    onp.testing.assert_allclose(x.grad.asnumpy(), expected, rtol=1e-6)


def test_hybridized_result_dtypes_follow_mxnets_graphs():
    class Block(nn.HybridBlock):
        def hybrid_forward(self, F, x, y):
            return [x + 1.5, x / 2, x * y, x > 1.5, F.np.exp(x), -x, x / x, 1.5 - x]

    block = Block()
    block.hybridize()
    got = [(r.dtype.name, r.asnumpy().tolist()) for r in block(np.array([1, 2, 3], dtype="int32"),
                                                               np.array([1.0, 2.0, 3.0]))]
    # MXNet 1.9.1's hybridized results
    assert got == [("float64", [2.5, 3.5, 4.5]), ("float32", [0.5, 1.0, 1.5]), ("float32", [1.0, 4.0, 9.0]),
                   ("bool", [False, True, True]), ("int32", [2, 7, 20]), ("float64", [-1.0, -2.0, -3.0]),
                   ("float32", [1.0, 1.0, 1.0]), ("float64", [0.5, -0.5, -1.5])]


def test_hybridized_gluon_rnn_layers_under_numpy_semantics():
    mx.random.seed(1)
    layer = gluon.rnn.GRU(5, layout="NTC")
    layer.initialize()
    x = np.random.uniform(size=(2, 3, 4))
    imperative = layer(x)
    layer.hybridize()
    hybrid = layer(x)
    assert type(hybrid) is np.ndarray and hybrid.shape == (2, 3, 5)
    onp.testing.assert_allclose(hybrid.asnumpy(), imperative.asnumpy(), rtol=1e-6)


def test_f_np_dot_infers_deferred_weight_shapes():
    class Regression(nn.HybridBlock):
        def __init__(self):
            super().__init__()
            self.w = self.params.get("w", shape=(0, 3), allow_deferred_init=True)

        def hybrid_forward(self, F, x, w):
            return F.npx.relu(x.dot(w))

    net = Regression()
    net.initialize(mx.init.One())
    net.hybridize()
    out = net(np.ones((2, 4)))
    assert net.w.shape == (4, 3) and out.asnumpy().tolist() == [[4.0] * 3] * 2


def test_legacy_and_np_symbols_are_kept_apart():
    class Legacy(nn.HybridBlock):
        def hybrid_forward(self, F, x):
            return F.relu(x)            # a legacy operator in a user's block under NumPy semantics

    a = _var("a")
    for call in (lambda: mx.sym.relu(a), lambda: mx.sym.FullyConnected(a, num_hidden=2),
                 lambda: mx.sym.npx.relu(mx.sym.var("x")), lambda: a + mx.sym.var("b")):
        with pytest.raises(TypeError):          # MXNet 1.9.1 raises TypeError for each
            call()
    block = Legacy()
    block.hybridize()
    with pytest.raises(TypeError):
        block(np.ones((2,)))


def test_hybridized_matmul_broadcasts_and_has_closed_form_gradients():
    class Block(nn.HybridBlock):
        def hybrid_forward(self, F, a, b):
            return F.np.matmul(a, b)

    block = Block()
    block.hybridize()
    a = np.array(onp.arange(6.0).reshape(1, 2, 3))
    b = np.array(onp.arange(24.0).reshape(4, 3, 2) / 10)
    a.attach_grad()
    b.attach_grad()
    with autograd.record():
        out = block(a, b)
    out.backward()
    an, bn = a.asnumpy(), b.asnumpy()
    onp.testing.assert_allclose(out.asnumpy(), onp.matmul(an, bn), rtol=1e-6)
    # d sum(A @ B) / dA = ones @ B^T summed over the broadcast batch; d/dB = A^T @ ones
    onp.testing.assert_allclose(a.grad.asnumpy(), onp.matmul(onp.ones((4, 2, 2)), bn.transpose(0, 2, 1)).sum(0,
                                keepdims=True), rtol=1e-6)
    onp.testing.assert_allclose(b.grad.asnumpy(), onp.matmul(an.transpose(0, 2, 1), onp.ones((4, 2, 2))), rtol=1e-6)


def test_np_graphs_infer_shapes_and_dtypes_as_mxnet():
    a, b = _var("a"), _var("b")
    assert (a * 2 > 1).infer_type(a="float32")[1] == [onp.bool_]
    assert a.argmax(axis=0).infer_type(a="float32")[1] == [onp.int64]
    assert (a + 1.5).infer_type(a="int32")[1] == [onp.float64]       # a float scalar: float64, as MXNet's graph
    assert (a / 2).infer_type(a="int32")[1] == [onp.float32]
    assert mx.sym.np.mean(a).infer_shape(a=(4, 3))[1] == [()]
    assert (a + 1).infer_shape(a=())[1] == [()]                        # 0-d under NumPy shape semantics
    assert mx.sym.np.dot(a, b).infer_shape(a=(2, 3), b=(3, 5))[1] == [(2, 5)]
    assert a[1].infer_shape(a=(4, 3))[1] == [(3,)]


@pytest.mark.parametrize("build, shapes", [
    (lambda a, b: mx.sym.np.dot(a, b), [(3, 4), (4, 2)]),
    (lambda a, b: mx.sym.np.tensordot(a, b, [[1, 0], [0, 2]]), [(3, 2, 4), (2, 5, 3)]),
    (lambda a, b: mx.sym.np.matmul(a, b) * 2 - a.sum(axis=2, keepdims=True), [(2, 3, 4), (4, 5)]),
    (lambda a, b: mx.sym.np.tanh(a[1:, ::2]).mean() + (b ** 2).max(), [(3, 4), (2,)]),
])
def test_np_graphs_pass_the_numeric_gradient_check(build, shapes):
    from distnet.test_utils import check_numeric_gradient
    rs = onp.random.RandomState(0)
    sym = build(_var("a"), _var("b")).as_nd_ndarray()
    values = [mx.nd.array(rs.uniform(0.5, 1.5, size=s), dtype="float64") for s in shapes]
    check_numeric_gradient(sym, values, numeric_eps=1e-4, rtol=1e-3, atol=1e-5, dtype=onp.float64)


def test_hybridized_indexing_clipping_einsum_and_bool_sums_as_mxnet():
    class Block(nn.HybridBlock):
        def hybrid_forward(self, F, x, y):
            return [x[-1, 1], x[1, -1], x.clip(0.3), F.np.clip(x, None, 0.5), F.np.einsum("ij,jk->ik", x, y),
                    (x > 0.5).sum()]

    block = Block()
    block.hybridize()
    x = np.array([[0.25, 0.5, 0.75], [1.0, 0.125, 0.375]])
    got = [onp.round(r.asnumpy().astype("float64"), 6).tolist() for r in block(x, np.ones((3, 2)))]
    assert got[:2] == [0.125, 0.375]              # MXNet 1.9.1 slices -1 backwards (end -2, step -1)
    assert got[2] == [[0.3, 0.5, 0.75], [1.0, 0.3, 0.375]] and got[3] == [[0.25, 0.5, 0.5], [0.5, 0.125, 0.375]]
    assert got[4] == [[1.5, 1.5], [1.5, 1.5]] and got[5] == 2
    assert (_var("a") > 0.5).sum().infer_type(a="float32")[1] == [onp.int64]
    assert _ops(_var("a")[-1, 1])[0][2] == {"begin": "[-1, 1]", "end": "[-2, 2]", "step": "[-1, 1]"}


def test_hybridized_sampling_draws_what_mx_np_random_draws():
    class Noise(nn.HybridBlock):
        def hybrid_forward(self, F, x):
            return x + F.np.random.uniform(-1, 1, size=(4,)), x * F.np.random.normal(1, 2, size=(4,))

    mx.random.seed(11)
    uniform, normal = np.random.uniform(-1, 1, size=(4,)).asnumpy(), np.random.normal(1, 2, size=(4,)).asnumpy()
    block = Noise()
    block.hybridize()
    mx.random.seed(11)
    shifted, scaled = block(np.ones((4,)))
    onp.testing.assert_array_equal(shifted.asnumpy(), uniform + onp.float32(1))
    onp.testing.assert_array_equal(scaled.asnumpy(), normal)


@pytest.mark.parametrize("build, rows", [
    (lambda a, b: mx.sym.np.std(a), [0, 1, 3]), (lambda a, b: mx.sym.np.var(a, axis=0), [0, 1, 3]),
    (lambda a, b: mx.sym.np.average(a, weights=b), [0, 1, 2, 4]), (lambda a, b: mx.sym.np.linalg.norm(a), [0, 1, 5]),
    (lambda a, b: mx.sym.np.random.normal(size=(2,)), [0, 2]), (lambda a, b: mx.sym.np.random.normal(a, b), [0, 1, 2, 4]),
    (lambda a, b: mx.sym.np.random.gumbel(size=(2,)), [0, 2]), (lambda a, b: mx.sym.np.random.uniform(size=(2,)), [0, 1]),
])
def test_np_nodes_count_the_outputs_their_backward_keeps(build, rows):
    assert json.loads(build(_var("a"), _var("b")).tojson())["node_row_ptr"] == rows


def test_hybridized_samplers_take_symbol_parameters_with_reparameterized_gradients():
    class Sample(nn.HybridBlock):
        def hybrid_forward(self, F, loc, scale):
            return F.np.random.normal(loc, scale) + F.np.random.uniform(loc, loc + 1) * 0

    outs = []
    for hybrid in (False, True):
        block = Sample()
        if hybrid:
            block.hybridize()
        loc, scale = np.array([1., 2.]), np.array([0.5, 3.])
        loc.attach_grad()
        scale.attach_grad()
        mx.random.seed(5)
        with autograd.record():
            out = block(loc, scale)
        out.backward()
        noise = (out.asnumpy() - loc.asnumpy()) / scale.asnumpy()
        onp.testing.assert_array_equal(loc.grad.asnumpy(), [1, 1])             # d/dloc of loc + scale * z
        onp.testing.assert_allclose(scale.grad.asnumpy(), noise, rtol=1e-5)   # d/dscale: the unit noise z
        outs.append(out.asnumpy())
    onp.testing.assert_array_equal(outs[0], outs[1])


@pytest.mark.parametrize("kwargs", [{}, {"axis": 1}, {"ord": 1, "axis": 1}, {"ord": "-inf", "axis": 0},
                                    {"ord": "fro", "axis": (0, 1), "keepdims": True}])
def test_hybridized_norms_match_numpy_and_reimport(tmp_path, kwargs):
    class Norm(nn.HybridBlock):
        def hybrid_forward(self, F, x):
            return F.np.linalg.norm(x, **kwargs)

    data = [[5., -12.], [0., 0.]]
    block = Norm()
    block.hybridize()
    ord = {"-inf": -onp.inf}.get(kwargs.get("ord"), kwargs.get("ord"))
    want = onp.linalg.norm(onp.array(data), **dict(kwargs, ord=ord))
    onp.testing.assert_allclose(block(np.array(data)).asnumpy(), want)
    block.export(str(tmp_path / "n"))
    back = gluon.SymbolBlock.imports(str(tmp_path / "n-symbol.json"), ["data"])
    onp.testing.assert_allclose(back(np.array(data)).asnumpy(), want)


@pytest.mark.parametrize("build, op", [(lambda F, x: F.np.insert(x, 1, 5), "_npi_insert_scalar"),
                                       (lambda F, x: F.np.delete(x, 0, axis=1), "_npi_delete")])
def test_hybridizing_an_operator_without_gradient_fails_on_the_first_call(build, op):
    class Holder(nn.HybridBlock):
        def hybrid_forward(self, F, x):
            return build(F, x)

    block = Holder()
    assert build(mx, np.ones((2, 2))).ndim >= 1          # imperatively it runs
    block.hybridize()
    with pytest.raises(mx.base.MXNetError, match=f"Operator {op} is non-differentiable because it didn't register "
                                                 "FGradient attribute"):
        block(np.ones((2, 2)))


@pytest.mark.parametrize("build, shapes, words", [
    (lambda F, a, b: F.np.matmul(a, b), [(2, 3), (2, 3)], "Shape inconsistent, Provided = [2,3], inferred shape=[-1,2]"),
    (lambda F, a, b: F.np.matmul(a, b), [(2, 2, 3), (3, 3, 2)],
     "Check failed: a_shape[pa] == b_shape[pb] (2 vs. 3) : Could not be broadcast.\n"),
    (lambda F, a: a.reshape(4, -1), [(2, 3)],
     "Check failed: src.Size() % known_dim_size_prod == 0 (2 vs. 0) : Cannot reshape array of size 6 into shape [4,-1]"),
    (lambda F, a: a.reshape(-1, -1), [(2, 3)], "Check failed: !has_unknown_dim_size: Can only specify one unknown "
                                               "dimension"),
    (lambda F, a: F.np.sum(a, axis=2), [(2, 3)], "Check failed: axes[axes.ndim()-1] < ishape.ndim() (2 vs. 2) : "
                                                 "Reduction axis 2 Exceeds input dimensions [2,3]"),
    (lambda F, a: F.np.sum(a, axis=(1, -1)), [(2, 3)], "Check failed: axes[i-1] < axes[i] (1 vs. 1) : Reduction axes "
                                                       "have duplicates [1,1]"),
])
def test_hybridized_shape_refusals_are_the_operators_words_naming_the_node(build, shapes, words):
    class Call(nn.HybridBlock):
        def hybrid_forward(self, F, *xs):
            return build(F, *xs)

    args = [np.ones(s) for s in shapes]
    with pytest.raises(mx.base.MXNetError) as imperative:
        Call()(*args)
    assert message_of(imperative.value) == words
    block = Call(prefix="g_")
    block.hybridize()
    with pytest.raises(mx.base.MXNetError) as hybrid:
        block(*args)
    assert message_of(hybrid.value).startswith("Error in operator g_") and message_of(hybrid.value).endswith(": " + words)


@pytest.mark.parametrize("build, shapes", [
    (lambda F, c, a, b: F.np.where(c > 0, a, b), [(2, 3), (3, 2), (2, 3)]),
    (lambda F, a: F.np.argmax(a, 3), [(2, 3)]),
    (lambda F, a: F.np.moveaxis(a, 0, 4), [(2, 3)]),
    (lambda F, a, b: F.np.einsum("ij,jk->ik", a, b), [(2, 3), (2, 3)]),
    (lambda F, a, b: F.np.dot(a, b), [(3,), (4,)]),
    (lambda F, a: F.np.linalg.det(a), [(3,)]),
    (lambda F, a, b: F.np.concatenate([a, b], axis=0), [(2, 3), (2, 4)]),
    (lambda F, a, b: F.np.vstack([a, b]), [(2, 3), (2, 4)]),
    (lambda F, a: F.np.linalg.norm(a, axis=3), [(2, 3)]),
])
def test_hybridized_numpy_nodes_refuse_with_their_front_ends_words(build, shapes):
    class Call(nn.HybridBlock):
        def hybrid_forward(self, F, *xs):
            return build(F, *xs)

    args = [np.ones(s) for s in shapes]
    with pytest.raises(mx.base.MXNetError) as imperative:
        Call()(*args)
    block = Call(prefix="r_")
    block.hybridize()
    with pytest.raises(mx.base.MXNetError) as hybrid:
        block(*args)
    node, words = message_of(hybrid.value).split(": ", 1)
    assert node.startswith("Error in operator r_")
    site = getattr(imperative.value, "raised_at", None)
    if site is not None and words.startswith(f"{site[0]}:{site[1]}: "):     # (its check's line, shown with it)
        words = words.split(": ", 1)[1]
    assert words == message_of(imperative.value)


def test_an_inference_failure_names_no_node():
    class Trace(nn.HybridBlock):
        def hybrid_forward(self, F, x):
            return F.np.trace(x)

    block = Trace()
    block.hybridize()
    with pytest.raises(mx.base.MXNetError) as e:
        block(np.ones((3,)))
    assert mx.base.message_of(e.value) == ("Operator _np_trace inferring shapes failed.\ninput shapes:\n[3]\n"
                                           "output shapes:\nNone\noperator attributes:\n\n")


def test_numpy_semantics_layers_name_their_nodes_as_mxnet():
    with mx.name.NameManager():
        net = nn.HybridSequential()
        net.add(nn.Dropout(0.0), gluon.rnn.LSTM(2, input_size=3))
    net.initialize()
    out = net(mx.sym.var("data").as_np_ndarray())
    ops = [(n["op"], n["name"]) for n in json.loads(out.tojson())["nodes"] if n["op"] != "null"]
    assert ops[0] == ("_np_copy", "dropout0_copy0")          # F.np.copy, not the legacy identity
    assert ("_rnn_param_concat", "lstm0_rnn_param_concat0") in ops
    # the layer's begin state inside the graph has batch 0, a real size under NumPy shapes: MXNet's RNN refuses it
    net.hybridize()
    with pytest.raises(MXNetError, match=r"lstm0_rnn0: Shape inconsistent, Provided = \[1,0,2\], inferred shape=\(1,1,2\)"):
        net(np.ones((2, 1, 3)))


def test_a_cell_unrolled_in_a_hybridized_numpy_block_refuses_the_legacy_split_first():
    class Unrolled(nn.HybridBlock):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            with self.name_scope():
                self.cell = gluon.rnn.GRUCell(2, input_size=2)

        def hybrid_forward(self, F, x):
            return self.cell.unroll(3, x, merge_outputs=True)[0]

    block = Unrolled()
    block.initialize()
    block.hybridize()
    with pytest.raises(TypeError, match="Operator `split` registered in backend is known as `split` in Python"):
        block(np.ones((3, 2, 2)))


def test_a_single_numpy_symbol_is_no_list_and_a_group_iterates_its_outputs():
    x = _var("x")
    with pytest.raises(TypeError, match=r"<_Symbol x> is not a list and does not support len\(\)\.$"):
        len(x)
    with pytest.raises(TypeError, match=r"'<_Symbol x>' is not iterable\.$"):
        list(x)
    with pytest.raises(TypeError, match="argument of type '_Symbol' is not iterable"):
        0 in x  # noqa: B015
    group = mx.sym.Group([x, x * 2]).as_np_ndarray()
    assert len(group) == 2 and [type(s).__name__ for s in group] == ["_Symbol", "_Symbol"]
    assert [s.name for s in group] == ["x", group[1].name]


def test_a_legacy_symbol_given_to_a_numpy_operator_gets_mxnets_words():
    with pytest.raises(TypeError, match="Operator `_npi_add` registered in backend is known as `add` in Python. This "
                                        "is a numpy operator which can only accept MXNet numpy ndarrays"):
        _var("x") + mx.sym.var("legacy")


@pytest.mark.parametrize("width", [1, [(1, 0), (0, 1)]])
def test_symbol_pad_takes_its_widths_as_a_tuple_only(width):
    with pytest.raises(TypeError, match="`pad_width` must be tuple.$"):
        mx.sym.np.pad(_var("x"), width)
    assert _ops(mx.sym.np.pad(_var("x"), ((1, 0), (0, 1)), mode="edge"))[0][2]["pad_width"] == "((1, 0), (0, 1))"


@pytest.mark.parametrize("draw, loc_grad", [
    (lambda F, loc, scale: F.np.random.exponential(scale), False),
    (lambda F, loc, scale: F.np.random.gumbel(loc, scale), True),
    (lambda F, loc, scale: F.np.random.rayleigh(scale), False),
])
def test_hybridized_scaled_samplers_differentiate_their_own_draw(draw, loc_grad):
    class Draw(nn.HybridBlock):
        def hybrid_forward(self, F, loc, scale):
            return draw(F, loc, scale) + loc * 0

    block = Draw()
    block.hybridize()
    loc, scale = np.array([1., 2.]), np.array([0.5, 3.])
    loc.attach_grad()
    scale.attach_grad()
    with autograd.record():
        out = block(loc, scale)
    out.backward()
    shift = loc.asnumpy() if loc_grad else 0
    onp.testing.assert_allclose(scale.grad.asnumpy(), (out.asnumpy() - shift) / scale.asnumpy(), rtol=1e-5)
    onp.testing.assert_array_equal(loc.grad.asnumpy(), [1, 1] if loc_grad else [0, 0])


def test_hybridized_gamma_takes_symbol_parameters_without_gradient():
    class Draw(nn.HybridBlock):
        def hybrid_forward(self, F, shape, scale):
            return F.np.random.gamma(shape, scale)

    block = Draw()
    block.hybridize()
    shape, scale = np.array([1., 2.]), np.array([0.5, 3.])
    shape.attach_grad()
    with autograd.record():
        out = block(shape, scale)
    out.backward()
    assert out.shape == (2,) and (out.asnumpy() > 0).all()
    onp.testing.assert_array_equal(shape.grad.asnumpy(), [0, 0])
