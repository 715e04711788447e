"""Symbolic control flow: foreach, while_loop and cond bound and differentiated (MXNet 1.9.1 semantics)."""
import re

import numpy as np
import pytest

import distnet as mx
from distnet.base import message_of


def _foreach_net():
    data, init, w = mx.sym.var("data"), mx.sym.var("init"), mx.sym.var("w")

    def body(x, states):
        out = mx.sym.tanh(mx.sym.broadcast_mul(x, w) + states[0])
        return out * 2, [out]
    outs, states = mx.sym.contrib.foreach(body, data, [init])
    return mx.sym.Group([outs] + states)


def _foreach_loss(values):
    state, total = values["init"], 0.0
    for x in values["data"]:
        state = np.tanh(x * values["w"] + state)
        total += (2 * state).sum()
    return total + state.sum()


def test_foreach_gradients_match_finite_differences():
    rng = np.random.RandomState(0)
    values = {"data": rng.uniform(-1, 1, (3, 2, 4)), "init": rng.uniform(-1, 1, (2, 4)), "w": rng.uniform(-1, 1, (4,))}
    with mx.name.NameManager():
        net = _foreach_net()
    ex = net.simple_bind(mx.cpu(), data=(3, 2, 4), init=(2, 4), w=(4,))
    for k, v in values.items():
        ex.arg_dict[k][:] = v
    outs = ex.forward(is_train=True)
    assert [o.shape for o in outs] == [(3, 2, 4), (2, 4)]
    ex.backward([mx.nd.ones((3, 2, 4)), mx.nd.ones((2, 4))])
    eps = 1e-6
    for name, value in values.items():
        numeric = np.zeros_like(value)
        for idx in np.ndindex(value.shape):
            hi, lo = dict(values), dict(values)
            hi[name], lo[name] = value.copy(), value.copy()
            hi[name][idx] += eps
            lo[name][idx] -= eps
            numeric[idx] = (_foreach_loss(hi) - _foreach_loss(lo)) / (2 * eps)
        np.testing.assert_allclose(ex.grad_dict[name].asnumpy(), numeric, rtol=1e-3, atol=1e-4)


def test_foreach_infers_shapes_and_names_like_mxnet():
    with mx.name.NameManager():
        net = _foreach_net()
    assert net.list_arguments() == ["data", "init", "w"]
    assert net.list_outputs() == ["_foreach0_output0", "_foreach0_output1"]
    assert net.infer_shape(data=(3, 2, 4), init=(2, 4), w=(4,))[1] == [(3, 2, 4), (2, 4)]


def test_cond_and_while_loop_run_when_bound_but_not_shape_inferred():
    a, b = mx.sym.var("a"), mx.sym.var("b")
    r = mx.sym.contrib.cond(mx.sym.sum(a) > mx.sym.sum(b), lambda: a * b, lambda: a - b)
    assert r.infer_shape_partial(a=(2,), b=(2,))[1] == [()]
    with pytest.raises(RuntimeError):
        r.simple_bind(mx.cpu(), a=(2,), b=(2,))
    grads = {"a": mx.nd.zeros(2), "b": mx.nd.zeros(2)}
    ex = r.bind(mx.cpu(), {"a": mx.nd.array([3, 4]), "b": mx.nd.array([1, 2])}, args_grad=grads)
    assert ex.forward(is_train=True)[0].asnumpy().tolist() == [3.0, 8.0]
    ex.backward(mx.nd.ones(2))
    assert grads["a"].asnumpy().tolist() == [1.0, 2.0] and grads["b"].asnumpy().tolist() == [3.0, 4.0]

    i, s, w = mx.sym.var("i"), mx.sym.var("s"), mx.sym.var("w")
    outs, states = mx.sym.contrib.while_loop(lambda i, s: i < 4, lambda i, s: ([s * w], [i + 1, s * w + 1]),
                                             [i, s], max_iterations=5)
    g = mx.sym.Group(outs + states)
    args = {"i": mx.nd.array([1]), "s": mx.nd.array([1, 2]), "w": mx.nd.array([0.5, 2])}
    grads = {k: mx.nd.zeros(v.shape) for k, v in args.items()}
    ex = g.bind(mx.cpu(), args, args_grad=grads)
    o = ex.forward(is_train=True)
    assert o[0].shape == (5, 2) and o[2].asnumpy().tolist() == [1.875, 23.0]     # MXNet 1.9.1's numbers
    ex.backward([mx.nd.ones((5, 2)), mx.nd.ones((1,)), mx.nd.ones((2,))])
    assert grads["s"].asnumpy().tolist() == [1.0, 22.0] and grads["w"].asnumpy().tolist() == [8.5, 69.0]


def test_foreach_refuses_unused_data():
    data, init = mx.sym.var("data"), mx.sym.var("init")
    with pytest.raises(AssertionError):
        mx.sym.contrib.foreach(lambda x, s: (s[0] * 2, [s[0]]), data, [init])


def test_a_body_runs_with_common_subexpressions_merged(monkeypatch):
    # MXNet runs a body as a CachedOp: the two tanh nodes are one, their gradients summed before one backward
    # (values from MXNet 1.9.1; the unmerged body rounds the first and third entries differently)
    monkeypatch.delenv("MXNET_ELIMINATE_COMMON_EXPR", raising=False)

    def body(x, states):
        z = mx.sym.tanh(x + states[0]) + (1 - mx.sym.tanh(x + states[0]) ** 2)
        return z, [z * 0.5]
    outs, states = mx.sym.contrib.foreach(body, mx.sym.var('xs'), [mx.sym.var('h0')])
    exe = (mx.sym.sum(outs) + mx.sym.sum(states[0])).simple_bind(mx.cpu(), xs=(3, 2), h0=(2,))
    exe.arg_dict['xs'][:] = mx.nd.array(np.linspace(-1, 1, 6).reshape(3, 2))
    exe.forward(is_train=True)
    exe.backward(mx.nd.ones((1,)) * 0.37)
    assert exe.grad_dict['xs'].asnumpy().tolist() == [
        [0.6406098008155823, 0.6464635133743286], [0.46906909346580505, 0.13603639602661133],
        [-0.11220431327819824, -0.07037967443466187]]


def test_while_loop_refuses_max_iterations_below_one_after_naming_the_node():
    i = mx.sym.var("i")
    with mx.name.NameManager():
        with pytest.raises(mx.base.MXNetError, match="value 0 for Parameter max_iterations should be greater equal"):
            mx.sym.contrib.while_loop(lambda i: i < 3, lambda i: (i, [i + 1]), [i], max_iterations=0)
        out, _ = mx.sym.contrib.while_loop(lambda i: i < 3, lambda i: (i, [i + 1]), [i], max_iterations=1)
    assert out.name == "_while_loop1"
    with pytest.raises(ValueError, match="Cannot convert max_iteration to python int"):
        mx.sym.contrib.while_loop(lambda i: i < 3, lambda i: (i, [i + 1]), [i], max_iterations="x")


@pytest.mark.parametrize("pred", [[0.0, 1.0], [1.0, 0.0, 1.0]])
def test_non_scalar_predicates_fail_when_read(pred):
    p, x = mx.sym.var("p"), mx.sym.var("x")
    net = mx.sym.contrib.cond(p, lambda: x * 2, lambda: x * 3)
    outs = net.bind(mx.cpu(), {"p": mx.nd.array(pred), "x": mx.nd.ones(2)}).forward()
    with pytest.raises(mx.base.MXNetError, match=rf"a.shape\(\).Size\(\) == 1U \({len(pred)} vs. 1\)"):
        outs[0].asnumpy()
    i, s = mx.sym.var("i"), mx.sym.var("s")
    out, states = mx.sym.contrib.while_loop(lambda i, s: s < 3, lambda i, s: (s, [i + 1, s * 2]), [i, s], 2)
    outs = mx.sym.Group([out] + states).bind(mx.cpu(), {"i": mx.nd.zeros(1), "s": mx.nd.array(pred)}).forward()
    with pytest.raises(mx.base.MXNetError, match=r"a.shape\(\).Size\(\) == 1U"):
        outs[0].asnumpy()


def test_cond_predicate_of_another_dtype_fails_in_its_identity_node():
    p, x = mx.sym.var("p"), mx.sym.var("x")
    with mx.name.NameManager():
        net = mx.sym.contrib.cond(p, lambda: x * 2, lambda: x * 3)
    with pytest.raises(mx.base.MXNetError, match="Error in operator _cond0: Error in operator identity0: .* "
                                                 "at 0-th output: expected int32, got float32"):
        net.infer_type(p="int32", x="float32")
    assert net.infer_type(p="float32", x="float64")[1] == [np.float64]
    assert list(net.list_attr()) == ["num_args", "else_input_locs", "num_outputs", "then_input_locs",
                                     "cond_input_locs"]


def test_foreach_outputs_computed_from_a_cond_or_while_loop_stay_unknown():
    x, s, i = mx.sym.var("x"), mx.sym.var("s"), mx.sym.var("i")

    def with_cond(d, st):
        r = mx.sym.contrib.cond(d.sum() > 0, lambda: d * 2, lambda: d - 1)
        return r + st[0], [st[0] + r]
    out, states = mx.sym.contrib.foreach(with_cond, x, [s])
    net = mx.sym.Group([out] + states)
    assert net.infer_shape_partial(x=(3, 2, 2), s=(2, 2))[1] == [(), ()]
    outs = net.bind(mx.cpu(), {"x": mx.nd.ones((3, 2, 2)), "s": mx.nd.zeros((2, 2))}).forward()
    assert outs[0].shape == (3, 2, 2) and outs[1].asnumpy().tolist() == [[6.0, 6.0], [6.0, 6.0]]

    def with_while(d, st):
        _, v = mx.sym.contrib.while_loop(lambda j: j < 2, lambda j: (j * 2, [j + 1]), [st[0]], max_iterations=2)
        return d * 2, [v[0] * 1]
    out, states = mx.sym.contrib.foreach(with_while, x, [i])
    assert mx.sym.Group([out] + states).infer_shape_partial(x=(3, 2), i=(1,))[1] == [(3, 2), ()]


def _failing_nodes(net, **values):
    with pytest.raises(mx.base.MXNetError) as info:
        net.bind(mx.cpu(), values).forward()
    return re.findall(r"Error in operator (\S+):", message_of(info.value).split("\n")[0])


def test_body_errors_name_foreach_but_not_cond_or_while_loop():
    x, w, i, p = (mx.sym.var(n) for n in ("x", "w", "i", "p"))
    values = {"x": mx.nd.ones((3, 2)), "w": mx.nd.ones(2)}
    with mx.name.NameManager():
        cond = mx.sym.contrib.cond(p, lambda: x * w, lambda: x)
        assert _failing_nodes(cond, p=mx.nd.ones(1), **values) == ["_mul0"]
        _, states = mx.sym.contrib.while_loop(lambda i: i < 2, lambda i: (x * w, [i + 1]), [i], max_iterations=2)
        assert _failing_nodes(states[0], i=mx.nd.zeros(1), **values) == ["_mul1"]
        out, _ = mx.sym.contrib.foreach(lambda d, t: (d * w * t[0], [t[0]]), x, [i])
        assert _failing_nodes(out, i=mx.nd.zeros(1), **values) == ["_foreach0", "_mul3"]


def test_control_flow_nodes_take_the_attribute_scope_as_mxnet_gives_it():
    x, s = mx.sym.var("x"), mx.sym.var("s")
    with mx.AttrScope(ctx_group="g1", __foo__="bar"):
        out, _ = mx.sym.contrib.foreach(lambda d, t: (d * 2, [t[0] + d]), x, [s])
    attrs = out.list_attr()
    assert attrs["__ctx_group__"] == attrs["ctx_group"] == "g1" and attrs["__foo__"] == "bar"
    assert list(attrs)[:4] == ["num_args", "__foo__", "__ctx_group__", "ctx_group"]
    assert '"__ctx_group__": "g1"' in out.tojson()


def test_bodies_read_outer_variables_without_their_attributes_and_refuse_repeated_names():
    import json
    x, s = mx.sym.var("x"), mx.sym.var("s")
    w = mx.sym.var("w", shape=(2,), lr_mult=2.0)
    out, _ = mx.sym.contrib.foreach(lambda d, t: (d * w, [t[0] + d]), x, [s])
    body = json.loads(out.tojson())["nodes"][-1]["subgraphs"][0]["nodes"]
    assert [n.get("attrs") for n in body if n["name"] == "w"] == [None]
    assert out.list_arguments() == ["x", "s", "w"] and "__lr_mult__" in out.get_children()[2].list_attr()

    def nested(d, t):
        o, t2 = mx.sym.contrib.foreach(lambda e, u: (e * d + u[0], [u[0] + e]), x, [t[0]])
        return o.sum(axis=0), [t2[0] * 0.5]
    with pytest.raises(AssertionError, match="The inputs of the subgraph don't have unique names"):
        mx.sym.contrib.foreach(nested, x, [s])


def test_cond_branches_share_outer_variables_by_name():
    # each branch reads its own variable object named "a": the node takes one input "a", as in MXNet
    out = mx.sym.contrib.cond(mx.sym.var("p"), lambda: mx.sym.var("a") + 1, lambda: mx.sym.var("a") - 1)
    assert out.list_inputs() == ["p", "a"]
    assert out.list_attr()["else_input_locs"] == "[1]"
    values = {"a": mx.nd.array([2.0, 3.0])}
    assert out.eval(p=mx.nd.array([0]), **values)[0].asnumpy().tolist() == [1.0, 2.0]


def test_cond_branches_cut_an_outer_node_once_each():
    h = mx.sym.var("a") + 1
    out = mx.sym.contrib.cond(mx.sym.var("p"), lambda: h * 2, lambda: h / 2)
    attrs = out.list_attr()
    assert (attrs["then_input_locs"], attrs["else_input_locs"], attrs["num_args"]) == ("[1]", "[2]", "6")
    assert out.eval(p=mx.nd.array([1]), a=mx.nd.array([4.0]))[0].asnumpy().tolist() == [10.0]


def test_while_loop_bodies_do_not_share_outer_variables():
    outs, _ = mx.sym.contrib.while_loop(lambda i: i < mx.sym.var("n"), lambda i: (i * mx.sym.var("n"), [i + 1]),
                                        [mx.sym.var("i")], max_iterations=4)
    assert outs[0].list_arguments() == ["i", "n", "n"]


def test_cond_branch_variables_of_one_name_made_inside_get_an_input_each():
    # made in the branch, two variables named "a" are two inputs; a later branch's "a" reads the last of them
    out = mx.sym.contrib.cond(mx.sym.var("p"), lambda: [mx.sym.var("a") + 1, mx.sym.var("a") * 3],
                              lambda: [mx.sym.var("a"), mx.sym.var("a") - 1])
    attrs = out[0].list_attr()
    assert out[0].list_inputs() == ["p", "a", "a"]
    assert (attrs["then_input_locs"], attrs["else_input_locs"], attrs["num_args"]) == ("[1, 2]", "[2, 2]", "6")


def test_cond_branch_variables_of_one_name_made_outside_share_an_input():
    a1, a2 = mx.sym.var("a"), mx.sym.var("a")
    out = mx.sym.contrib.cond(mx.sym.var("p"), lambda: a1 + mx.sym.var("a"), lambda: a2 - 1)
    attrs = out.list_attr()
    assert out.list_inputs() == ["p", "a"]
    assert (attrs["then_input_locs"], attrs["else_input_locs"], attrs["num_args"]) == ("[1, 1]", "[1]", "5")
