"""mx.sym: composition, naming, listing, JSON, inference and the executor."""
import json

import numpy as np
import pytest

import distnet as mx
from distnet import nd
from distnet.base import MXNetError
from distnet.test_utils import assert_almost_equal

# Recorded from MXNet 1.9.1: ``(mx.sym.var('a') + mx.sym.var('b') * 2).tojson()``.
MXNET_JSON = """{
  "nodes": [
    {
      "op": "null", 
      "name": "a", 
      "inputs": []
    }, 
    {
      "op": "null", 
      "name": "b", 
      "inputs": []
    }, 
    {
      "op": "_mul_scalar", 
      "name": "_mulscalar0", 
      "attrs": {"scalar": "2"}, 
      "inputs": [[1, 0, 0]]
    }, 
    {
      "op": "elemwise_add", 
      "name": "_plus0", 
      "inputs": [[0, 0, 0], [2, 0, 0]]
    }
  ], 
  "arg_nodes": [0, 1], 
  "node_row_ptr": [0, 1, 2, 3, 4], 
  "heads": [[3, 0, 0]], 
  "attrs": {"mxnet_version": ["int", 10901]}
}"""


def fresh_names():
    return mx.name.NameManager()


def test_arithmetic_graph_matches_mxnet_json():
    with fresh_names():
        c = mx.sym.var("a") + mx.sym.var("b") * 2
    assert c.name == "_plus0"
    assert c.list_arguments() == ["a", "b"]
    assert c.tojson() == MXNET_JSON


def test_json_round_trip_and_eval():
    c = mx.sym.load_json(MXNET_JSON)
    assert mx.sym.load_json(c.tojson()).tojson() == MXNET_JSON
    out = c.eval(a=nd.array([1, 2]), b=nd.array([3, 4]))[0]
    assert out.asnumpy().tolist() == [7, 10]


def test_save_and_load_file(tmp_path):
    c = mx.sym.load_json(MXNET_JSON)
    c.save(str(tmp_path / "net-symbol.json"))
    assert mx.sym.load(str(tmp_path / "net-symbol.json")).tojson() == MXNET_JSON


def test_variable_attributes_are_kept():
    v = mx.sym.var("data", shape=(1, 2), lr_mult=2)
    assert v.list_attr() == {"__lr_mult__": "2", "lr_mult": "2", "__shape__": "(1, 2)"}
    assert json.loads(v.tojson())["nodes"][0]["attrs"] == {"__lr_mult__": "2", "__shape__": "(1, 2)"}


def test_group_internals_and_indexing():
    x = mx.sym.var("x")
    with fresh_names():
        y = mx.sym.exp(x)
        z = y * 3
    g = mx.sym.Group([y, z])
    assert g.list_outputs() == ["exp0_output", "_mulscalar0_output"]
    assert z.get_internals().list_outputs() == ["x", "exp0_output", "_mulscalar0_output"]
    assert g[1].name == "_mulscalar0"
    assert z.get_internals()["exp0_output"].name == "exp0"
    assert repr(g) == "<Symbol group [exp0, _mulscalar0]>"


def test_group_builds_its_result_with_create_fn():
    class Tagged(mx.sym.Symbol):
        pass

    g = mx.sym.Group([mx.sym.var("a"), mx.sym.var("b")], create_fn=Tagged)
    assert type(g) is Tagged and g.list_outputs() == ["a", "b"]
    assert type(mx.sym.Group([mx.sym.var("a")])) is mx.sym.Symbol


def test_prefix_names_nodes():
    with mx.name.Prefix("p_"):
        y = mx.sym.exp(mx.sym.var("x"))
    assert y.name == "p_exp0"


def test_compose_substitutes_variables():
    x = mx.sym.var("x")
    f = mx.sym.exp(x) * 2
    g = f(x=mx.sym.var("y") + 1)
    assert g.list_arguments() == ["y"]
    assert_almost_equal(g.eval(y=nd.array([0.0]))[0], [2 * np.e])


def test_infer_shape_and_errors():
    a, b = mx.sym.var("a"), mx.sym.var("b")
    c = a + b
    assert c.infer_shape(a=(2, 3), b=(2, 3)) == ([(2, 3), (2, 3)], [(2, 3)], [])
    # elementwise inputs share a shape, so b is inferred from a (as MXNet does)
    assert c.infer_shape_partial(a=(2, 3)) == ([(2, 3), (2, 3)], [(2, 3)], [])
    d = a + mx.sym.sum(b)
    assert d.infer_shape_partial(a=(2, 3)) == ([(2, 3), ()], [(2, 3)], [])
    with pytest.warns(UserWarning, match="b: ()"):
        assert d.infer_shape(a=(2, 3)) == (None, None, None)
    with pytest.raises(MXNetError, match="Incompatible attr"):
        c.infer_shape(a=(2, 3), b=(1, 3))
    assert c.infer_type(a="float64") == ([np.float64, np.float64], [np.float64], [])


def test_executor_forward_backward_and_grad_req():
    x, w = mx.sym.var("x"), mx.sym.var("w")
    y = mx.sym.sum(x * w * w)
    args = {"x": nd.array([1.0, 2.0]), "w": nd.array([3.0, 4.0])}
    grads = {"x": nd.zeros(2), "w": nd.zeros(2)}
    ex = y.bind(mx.cpu(), args, args_grad=grads, grad_req={"x": "write", "w": "add"})
    for _ in range(2):
        ex.forward(is_train=True)
        with pytest.raises(MXNetError, match="head_gradient is required when calling backward"):
            ex.backward()          # sum is not a loss: MXNet wants the head gradient
        ex.backward(nd.ones(1))
    assert_almost_equal(ex.outputs[0], [41.0])
    assert_almost_equal(grads["x"], [9.0, 16.0])
    assert_almost_equal(grads["w"], [12.0, 32.0])
    ex.forward(is_train=False, x=nd.array([0.0, 1.0]))
    assert_almost_equal(ex.outputs[0], [16.0])


def test_executor_gradient_matches_finite_differences():
    x = mx.sym.var("x")
    y = mx.sym.sum(mx.sym.tanh(x) * mx.sym.exp(x))
    xv = np.array([0.1, -0.4, 0.7])
    ex = y.simple_bind(mx.cpu(), x=(3,))
    ex.forward(is_train=True, x=nd.array(xv))
    ex.backward(nd.ones(1))
    f = lambda v: (np.tanh(v) * np.exp(v)).sum()
    eps = 1e-4
    numeric = [(f(xv + eps * e) - f(xv - eps * e)) / (2 * eps) for e in np.eye(3)]
    assert_almost_equal(ex.grad_dict["x"], numeric, rtol=1e-3)


def test_bind_reports_missing_arguments():
    c = mx.sym.var("a") + mx.sym.var("b")
    with pytest.raises(ValueError, match="missing"):
        c.bind(mx.cpu(), {"a": nd.ones(1)})


def test_unknown_op_in_json_is_a_clear_error():
    bad = MXNET_JSON.replace("_mul_scalar", "NoSuchOp")
    with pytest.raises(MXNetError, match="NoSuchOp"):
        mx.sym.load_json(bad)


@pytest.mark.parametrize("expr, op, name", [
    ("x + x", "elemwise_add", "_plus0"), ("x - x", "elemwise_sub", "_minus0"), ("x * x", "elemwise_mul", "_mul0"),
    ("x / x", "elemwise_div", "_div0"), ("x % x", "_mod", "_mod0"), ("x ** x", "_power", "_power0"),
    ("x == x", "_equal", "_equal0"), ("x >= x", "_greater_equal", "_greater_equal0"),
    ("mx.sym.maximum(x, x)", "_maximum", "_maximum0"), ("mx.sym.maximum(x, 1)", "_maximum_scalar", "_maximumscalar0"),
    ("x + 1", "_plus_scalar", "_plusscalar0"), ("2 ** x", "_rpower_scalar", "_rpower_scalar0"),
    ("-x", "_mul_scalar", "_mulscalar0"), ("abs(x)", "abs", "abs0"),
    ("mx.sym.split(x, num_outputs=2)", "SliceChannel", "split0"), ("mx.sym.concat(x, x)", "Concat", "concat0"),
    ("mx.sym.reshape(x, shape=(2,))", "Reshape", "reshape0"), ("mx.sym.swapaxes(x, 0, 1)", "SwapAxis", "swapaxes0"),
    ("mx.sym.identity(x)", "_copy", "identity0"), ("mx.sym.broadcast_plus(x, x)", "broadcast_add", "broadcast_plus0"),
])
def test_json_op_and_node_names_are_mxnets(expr, op, name):
    """Values measured with MXNet 1.9.1: JSON keeps MXNet's operator, the node name the called alias."""
    with mx.name.NameManager():
        x = mx.sym.var("x")
        s = eval(expr)
    node = json.loads(s.tojson())["nodes"][-1]
    assert (node["op"], s.name if len(s) == 1 else node["name"]) == (op, name)


def test_slice_of_a_multi_output_symbol_is_a_group():
    s = mx.sym.split(mx.sym.var("x"), num_outputs=3, axis=1, name="sp")
    assert s[1:].list_outputs() == ["sp_output1", "sp_output2"]


def test_attributes_by_position_after_the_inputs():
    x = mx.sym.var("x")
    assert mx.sym.swapaxes(x, 0, 1).infer_shape(x=(2, 3))[1] == [(3, 2)]


def test_output_names_follow_mxnet():
    """Values measured with MXNet 1.9.1."""
    with mx.name.NameManager():
        x = mx.sym.var("x")
        cases = [(mx.sym.split(x, num_outputs=2), ["split0_output0", "split0_output1"]),
                 (mx.sym.sort(x), ["sort0_output0"]), (mx.sym.topk(x, ret_typ="value"), ["topk0_output0"]),
                 (mx.sym.topk(x), ["topk1_output"]), (mx.sym.LayerNorm(x), ["layernorm0_output"]),
                 (mx.sym.RNN(x, mode="lstm", state_size=2, num_layers=1, state_outputs=True),
                  ["rnn0_output", "rnn0_state_output", "rnn0_statecell_output"]),
                 (mx.sym.BatchNorm(x, output_mean_var=True),
                  ["batchnorm0_output", "batchnorm0_mean", "batchnorm0_var"])]
    for sym, names in cases:
        assert sym.list_outputs() == names
    assert mx.sym.split(x, num_outputs=2, name="sp").name == "sp"


def test_nd_cached_op_runs_a_symbol_imperatively():
    x, y = mx.sym.var("x"), mx.sym.var("y")
    op = nd.CachedOp(x * 2 + y)
    a = nd.array([1.0, 2.0])
    a.attach_grad()
    with mx.autograd.record():
        out = op(a, nd.ones(2))
    out.backward()
    assert out.asnumpy().tolist() == [3.0, 5.0] and a.grad.asnumpy().tolist() == [2.0, 2.0]
    both = nd.CachedOp(mx.sym.Group([x * 2, y + 1]))(nd.ones(2), nd.ones(2))
    assert [o.asnumpy().tolist() for o in both] == [[2.0, 2.0], [2.0, 2.0]]
    assert nd.op.exp(nd.zeros(1)).asscalar() == 1.0


def test_executor_backward_twice_with_grad_req_add_and_reshape_rules():
    a, b = mx.sym.var("a"), mx.sym.var("b")
    c = mx.sym.broadcast_mul(a, b)
    grads = {"a": nd.zeros((2, 2)), "b": nd.zeros(2)}
    exe = c.bind(mx.cpu(), args={"a": nd.array([[1, 2], [3, 4]]), "b": nd.array([0.5, -1])}, args_grad=grads,
                 grad_req={"a": "write", "b": "add"})
    exe.forward(is_train=True)
    exe.backward(nd.ones((2, 2)))
    exe.backward(nd.ones((2, 2)))                      # MXNet keeps the graph: b accumulates twice
    assert exe.grad_dict["b"].asnumpy().tolist() == [8.0, 12.0]
    small = c.simple_bind(mx.cpu(), a=(3, 2), b=(2,))
    assert small.reshape(a=(2, 2), b=(2,)).arg_dict["a"].shape == (2, 2)
    with pytest.raises(MXNetError, match="allow_up_sizing"):
        small.reshape(a=(4, 2), b=(2,))
    assert small.reshape(allow_up_sizing=True, a=(4, 2), b=(2,)).arg_dict["a"].shape == (4, 2)


def test_debug_str_is_mxnets():
    a = mx.sym.var("a")
    text = mx.sym.FullyConnected(a, num_hidden=3, name="fc").debug_str()
    assert text == ("Symbol Outputs:\n\toutput[0]=fc(0)\nVariable:a\nVariable:fc_weight\nVariable:fc_bias\n"
                    "--------------------\nOp:FullyConnected, Name=fc\nInputs:\n\targ[0]=a(0) version=0\n"
                    "\targ[1]=fc_weight(0) version=0\n\targ[2]=fc_bias(0) version=0\nAttrs:\n\tnum_hidden=3\n")


def test_creation_symbol_with_an_int_shape_binds_without_arguments():
    out = mx.sym.ones(shape=3, dtype="int32").bind(mx.cpu(), args=[]).forward()[0]
    assert out.dtype == np.int32 and out.asnumpy().tolist() == [1, 1, 1]


def test_in_place_division_names_the_operator_called():
    from distnet.base import NotImplementedForSymbol
    with pytest.raises(NotImplementedForSymbol, match="Function __idiv__ "):
        mx.sym.var("a").__idiv__(2)
    with pytest.raises(NotImplementedForSymbol, match="Function __itruediv__ "):
        mx.sym.var("a").__itruediv__(2)
