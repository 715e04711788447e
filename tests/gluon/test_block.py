"""Block and HybridBlock: registration, MXNet's name prefixes, the traversal, hooks, deferred shapes."""
import warnings

import numpy as np
import pytest

import distnet as mx
from distnet import autograd, gluon, nd
from distnet.base import MXNetError, message_of
from distnet.gluon import nn
from distnet.test_utils import assert_almost_equal


class Scale(gluon.HybridBlock):
    """y = x * weight (per feature), with the feature count inferred at the first call."""

    def __init__(self, features=0, **kwargs):
        super().__init__(**kwargs)
        with self.name_scope():
            self.weight = self.params.get("weight", shape=(features,), init=mx.init.One(), allow_deferred_init=True)

    def infer_shape(self, x):
        self.weight.shape = (x.shape[-1],)

    def hybrid_forward(self, F, x, weight):
        return F.broadcast_mul(x, weight)


class Model(gluon.Block):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        with self.name_scope():
            self.first = Scale(3)
            self.second = Scale()

    def forward(self, x):
        return self.second(self.first(x))


@pytest.fixture
def fresh_names():
    with mx.name.NameManager():
        yield


def test_prefixes_follow_mxnet_counters(fresh_names):
    a, b = Scale(), Scale()
    assert (a.prefix, b.prefix, a.name) == ("scale0_", "scale1_", "scale0")
    net = nn.HybridSequential()
    with net.name_scope():
        net.add(Scale(), Scale())
    assert net.prefix == "hybridsequential0_"
    assert [c.prefix for c in net._children.values()] == ["hybridsequential0_scale0_", "hybridsequential0_scale1_"]
    assert list(net.collect_params().keys()) == ["hybridsequential0_scale0_weight", "hybridsequential0_scale1_weight"]


def test_children_created_outside_name_scope_keep_their_own_prefix(fresh_names):
    net = nn.HybridSequential()
    net.add(Scale())
    assert list(net.collect_params().keys()) == ["scale0_weight"]


def test_explicit_and_empty_prefix(fresh_names):
    m = Model(prefix="model_")
    assert list(m.collect_params().keys()) == ["model_scale0_weight", "model_scale1_weight"]
    assert Scale(prefix="").weight.name == "weight"


def test_attribute_registration_and_repr(fresh_names):
    m = Model()
    assert list(m._children) == ["first", "second"]
    assert repr(m) == "Model(\n  (first): Scale(\n  \n  )\n  (second): Scale(\n  \n  )\n)"
    with pytest.raises(TypeError, match="Changing attribute type"):
        m.first = 3


def test_collect_params_select_regex(fresh_names):
    net = nn.HybridSequential()
    with net.name_scope():
        net.add(nn.Dense(2, in_units=3), nn.Dense(1, in_units=2))
    assert list(net.collect_params(".*bias").keys()) == ["hybridsequential0_dense0_bias",
                                                         "hybridsequential0_dense1_bias"]
    assert list(net.collect_params("hybridsequential0_dense1_.*").keys()) == [
        "hybridsequential0_dense1_weight", "hybridsequential0_dense1_bias"]


def test_shared_params_are_the_same_objects(fresh_names):
    d0 = nn.Dense(4, in_units=3)
    d1 = nn.Dense(4, in_units=3, params=d0.collect_params())
    assert d1.weight is d0.weight and d1.bias is d0.bias


def test_deferred_shape_is_filled_on_first_forward(fresh_names):
    s = Scale()
    s.initialize()
    with pytest.raises(gluon.DeferredInitializationError, match="deferred"):
        s.weight.data()
    out = s(nd.array([[1, 2, 3, 4]]))
    assert s.weight.shape == (4,)
    assert_almost_equal(out, np.array([[1, 2, 3, 4]], np.float32))


def test_forward_hooks_and_handle_detach(fresh_names):
    s = Scale(2)
    s.initialize()
    seen = []
    pre = s.register_forward_pre_hook(lambda blk, inputs: seen.append(("pre", inputs[0].shape)))
    post = s.register_forward_hook(lambda blk, inputs, out: seen.append(("post", out.shape)))
    s(nd.ones((3, 2)))
    pre.detach()
    with post:
        pass
    s(nd.ones((3, 2)))
    assert seen == [("pre", (3, 2)), ("post", (3, 2))]


def test_apply_visits_children_then_self(fresh_names):
    m = Model()
    order = []
    assert m.apply(lambda b: order.append(b.name)) is m
    assert order == ["model0_scale0", "model0_scale1", "model0"]


def test_hybrid_block_rejects_plain_block_child():
    net = nn.HybridSequential()
    with pytest.raises(ValueError, match="Children of HybridBlock must also be HybridBlock"):
        net.add(Model())


def test_hybridize_sets_flag_recursively_and_keeps_results(fresh_names):
    net = nn.HybridSequential()
    with net.name_scope():
        net.add(Scale(2), Scale(2))
    net.initialize()
    x = nd.array([[1, -2]])
    before = net(x).asnumpy()
    net.hybridize(static_alloc=True, static_shape=True)
    assert net._active and all(c._active for c in net._children.values())
    assert_almost_equal(net(x), before)
    net.hybridize(False)
    assert not net[0]._active


def test_symbol_input_builds_a_graph_with_parameter_variables(fresh_names):
    net = nn.HybridSequential()
    with net.name_scope():
        net.add(Scale(2), Scale(2))
    out = net(mx.sym.var("data"))
    assert out.list_arguments() == ["data", "hybridsequential0_scale0_weight", "hybridsequential0_scale1_weight"]


def test_cast_changes_parameter_dtype(fresh_names):
    s = Scale(2)
    s.initialize()
    s.cast("float64")
    assert s.weight.data().dtype == np.float64 and s.weight.grad().dtype == np.float64
    out = s(nd.array([[1, 2]], dtype="float64"))
    assert out.dtype == np.float64


def test_gradients_flow_to_parameters(fresh_names):
    s = Scale(2)
    s.initialize(mx.init.Constant(3.0))
    x = nd.array([[1, 2], [3, 4]])
    with autograd.record():
        y = s(x)
    y.backward()
    assert_almost_equal(s.weight.grad(), np.array([4, 6], np.float32))


def test_unregistered_container_of_blocks_warns(fresh_names):
    class Holder(gluon.Block):
        def __init__(self):
            super().__init__()
            self.layers = [Scale(1)]

    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        Holder().collect_params()
    assert any("unregistered container" in str(x.message) for x in w)


@pytest.mark.parametrize("hybridize", [False, True])
def test_deferred_shape_is_inferred_through_the_traced_graph(fresh_names, hybridize):
    class Custom(gluon.HybridBlock):
        def __init__(self):
            super().__init__()
            self.w = self.params.get("w", shape=(0,), allow_deferred_init=True)

        def hybrid_forward(self, F, x, w):
            return x * w + 1

    c = Custom()
    c.initialize(mx.init.Constant(3))
    if hybridize:
        c.hybridize()
    x = nd.array([1, 2])
    x.attach_grad()
    with mx.autograd.record():
        y = c(x)
    y.backward()
    assert c.w.shape == (2,)
    assert y.asnumpy().tolist() == [4.0, 7.0]
    assert x.grad.asnumpy().tolist() == [3.0, 3.0]
    assert c.w.grad().asnumpy().tolist() == [1.0, 2.0]


def test_uninferable_shape_names_the_parameter(fresh_names):
    class Custom(gluon.HybridBlock):
        def __init__(self):
            super().__init__()
            self.w = self.params.get("w", shape=(0,), allow_deferred_init=True)

        def hybrid_forward(self, F, x, w):
            return F.broadcast_mul(x, w)

    c = Custom()
    c.initialize()
    with pytest.raises(ValueError, match="custom0_w"):
        c(nd.ones((2,)))


def test_export_needs_a_traced_graph(fresh_names):
    with pytest.raises(RuntimeError, match="hybridize"):
        Scale(2).export("/tmp/never")


def test_export_writes_symbol_and_params(fresh_names, tmp_path):
    net = Scale(2)
    net.initialize()
    net.hybridize()
    net(nd.ones((2,)))
    net.export(str(tmp_path / "scale"), epoch=3)
    sym = mx.sym.load(str(tmp_path / "scale-symbol.json"))
    params = nd.load(str(tmp_path / "scale-0003.params"))
    assert sym.list_arguments()[0] == "data"
    assert sorted(params) == sorted(f"arg:{n}" for n in sym.list_arguments()[1:])


def test_symbol_block_imports_an_exported_block(fresh_names, tmp_path):
    net = Scale(3)
    net.initialize()
    net.weight.set_data(nd.array([1, 2, 3]))
    net.hybridize()
    x = nd.array([[1, 1, 1], [2, 2, 2]])
    expected = net(x).asnumpy()
    net.export(str(tmp_path / "scale"))
    block = gluon.SymbolBlock.imports(str(tmp_path / "scale-symbol.json"), ["data"],
                                      str(tmp_path / "scale-0000.params"))
    assert block(x).asnumpy().tolist() == expected.tolist()
    assert list(block.collect_params()) == [net.weight.name]


def test_symbol_block_from_symbols_trains(fresh_names):
    data = mx.sym.var("data")
    out = mx.sym.elemwise_mul(data, mx.sym.var("w")) * 2
    block = gluon.SymbolBlock(out, data)
    block.collect_params().initialize(mx.init.One())
    x = nd.ones((2,))
    with mx.autograd.record():
        y = block(x)
    y.backward()
    assert block.params.get("w").shape == (2,)
    assert block.params.get("w").grad().asnumpy().tolist() == [2.0, 2.0]


class _AddsOpen(gluon.HybridBlock):
    """x + w, with w's size left open and an unused parameter v (no shape inference can decide them)."""

    def __init__(self, unused=False, **kwargs):
        super().__init__(**kwargs)
        with self.name_scope():
            self.w = self.params.get("w", shape=(0,), allow_deferred_init=True)
            if unused:
                self.v = self.params.get("v", shape=(2,))

    def hybrid_forward(self, F, x, w, v=None):
        return F.broadcast_add(x, w) if v is None else F.elemwise_add(x, w)


@pytest.mark.parametrize("hybridize", [False, True])
def test_undecided_parameter_shape_names_the_graph_argument(hybridize):
    with mx.name.NameManager():
        net = _AddsOpen()
    net.initialize()
    if hybridize:
        net.hybridize()
    words = ("Cannot decide shape for the following arguments (0s in shape means unknown dimensions). "
             "Consider providing them as input:\n\t_addsopen0_w: (0,)")
    with pytest.raises(ValueError) as e:
        net(nd.ones(2))
    assert message_of(e.value) == "Deferred initialization failed because shape cannot be inferred. " + words
    with pytest.raises(ValueError) as e:
        net.infer_shape(nd.ones(2))
    assert message_of(e.value) == words
    assert net.w.shape == (0,)


def test_infer_shape_looks_up_a_parameter_the_graph_does_not_use():
    with mx.name.NameManager():
        net = _AddsOpen(unused=True)
    with pytest.raises(KeyError, match="_addsopen0_v"):
        net.infer_shape(nd.ones((2,)))
    assert net.w.shape == (2,)      # set before the unused one is looked up, as in MXNet


def test_unknown_graph_input_is_refused_in_mxnets_words():
    class Free(gluon.HybridBlock):
        def __init__(self):
            super().__init__()
            self.w = gluon.Parameter("free_w", shape=(1,))       # not registered in the block's ParameterDict

        def hybrid_forward(self, F, x, w):
            return x + w
    net = Free()
    net.initialize()
    net.hybridize()
    with pytest.raises(AssertionError) as e:
        net(nd.ones(2))
    assert message_of(e.value) == "Unknown input to HybridBlock: free_w"


def test_summary_input_row_shows_each_argument_as_given(capsys):
    class Pair(gluon.HybridBlock):
        def hybrid_forward(self, F, x, y=None):
            return x if y is None else (x, y)

    def input_row(*inputs):
        Pair().summary(*inputs)
        row = [line for line in capsys.readouterr().out.splitlines() if line.strip().startswith("Input")][0]
        return row.split("Input", 1)[1].rsplit(" ", 1)[0].strip()
    assert input_row(nd.ones((1, 2))) == "(1, 2)"
    assert input_row(nd.ones((1, 2)), nd.ones((3,))) == "(1, 2), (3,)"
    assert input_row([nd.ones((1, 2)), nd.ones((3,))]) == "[(1, 2), (3,)]"     # one list argument


def test_export_formats_the_epoch_as_a_c_integer(tmp_path):
    net = nn.Dense(2, in_units=2)
    net.initialize()
    net.hybridize()
    net(nd.ones((1, 2)))
    net.export(str(tmp_path / "m"), epoch=3.7)           # '%04d' truncates a float
    assert (tmp_path / "m-0003.params").exists()
    with pytest.raises(TypeError, match="%d format: a real number is required, not str"):
        net.export(str(tmp_path / "m"), epoch="3")


def test_export_formats_both_file_names_with_percent_as_mxnet_does(tmp_path, monkeypatch):
    net = nn.Dense(2, in_units=2)
    net.initialize()
    net.hybridize()
    net(nd.ones((1, 2)))
    monkeypatch.chdir(tmp_path)
    net.export(("m",))              # '%s' % ('m',) is 'm'; '%s-%04d' % (('m',), 0) shows the tuple
    assert sorted(p.name for p in tmp_path.iterdir()) == ["('m',)-0000.params", "m-symbol.json"]


def test_messages_name_classes_by_their_mxnet_module():
    class Holder(gluon.Block):
        def __init__(self):
            super().__init__()
            self.a = nn.Dense(2)

    with pytest.raises(TypeError, match=r"Changing attribute type for a from <class 'mxnet\.gluon\.nn\.basic_layers"
                                        r"\.Dense'> to <class 'mxnet\.gluon\.parameter\.Parameter'>is not allowed\.$"):
        Holder().a = gluon.Parameter("p")
    with pytest.raises(ValueError, match=r"but cpu\(1\) has type <class 'mxnet\.context\.Context'>\. If you"):
        nn.HybridSequential().register_child(mx.cpu(1))
    with pytest.raises(ValueError, match=r"but got cpu\(0\) of type <class 'mxnet\.context\.Context'>$"):
        nn.Dense(2).infer_shape(mx.cpu(0))
    with pytest.raises(ValueError, match=r"of type <class 'mxnet\.context\.Context'>$"):
        nn.Lambda(mx.cpu(0))
    weight = gluon.Parameter("w", shape=(3, 2), stype="row_sparse")
    weight.initialize()
    gluon.Trainer([weight], "sgd")
    with pytest.raises(TypeError, match=r"but <class 'mxnet\.context\.Context'> is given"):
        weight.list_row_sparse_data(mx.cpu(0))
