"""mx.rnn cells against MXNet 1.9.1: node/argument/output names, shapes and values (rnn_reference.json)."""
import json
import os
import warnings

import numpy as np
import pytest

import distnet as mx
from distnet.base import message_of

REF = json.load(open(os.path.join(os.path.dirname(__file__), "rnn_reference.json")))
N, T, C, H = 2, 3, 5, 4


def make(name):
    """The cells the reference was measured with."""
    if name == "rnn":
        return mx.rnn.RNNCell(H, prefix="rnn_")
    if name == "rnnrelu":
        return mx.rnn.RNNCell(H, activation="relu", prefix="r_")
    if name == "lstm":
        return mx.rnn.LSTMCell(H, prefix="lstm_", forget_bias=2.0)
    if name == "gru":
        return mx.rnn.GRUCell(H, prefix="gru_")
    if name == "seq":
        s = mx.rnn.SequentialRNNCell()
        s.add(mx.rnn.LSTMCell(H, prefix="l0_"))
        s.add(mx.rnn.DropoutCell(0.5))
        s.add(mx.rnn.GRUCell(H, prefix="l1_"))
        return s
    if name == "bi":
        return mx.rnn.BidirectionalCell(mx.rnn.LSTMCell(H, prefix="l_"), mx.rnn.GRUCell(H, prefix="r_"))
    if name == "res":
        return mx.rnn.ResidualCell(mx.rnn.GRUCell(C, prefix="rg_"))
    if name == "zone":
        return mx.rnn.ZoneoutCell(mx.rnn.RNNCell(H, prefix="z_"), 0.3, 0.2)
    if name == "fused":
        return mx.rnn.FusedRNNCell(H, num_layers=2, mode="lstm", prefix="f_", get_next_state=True)
    if name == "fusedbi":
        return mx.rnn.FusedRNNCell(H, num_layers=2, mode="gru", bidirectional=True, prefix="fb_", get_next_state=True)
    if name == "unfused":
        return mx.rnn.FusedRNNCell(H, num_layers=2, mode="lstm", prefix="f_", dropout=0.2).unfuse()
    if name == "unfusedbi":
        return mx.rnn.FusedRNNCell(H, num_layers=2, mode="gru", bidirectional=True, prefix="fb_").unfuse()
    raise KeyError(name)


def unroll(key):
    name, layout, merge, inp = key.split("-")
    merge = {"True": True, "False": False, "None": None}[merge]
    with mx.name.NameManager(), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        cell = make(name)
        x = mx.sym.var("data") if inp == "sym" else [mx.sym.var(f"d{i}") for i in range(T)]
        out, states = cell.unroll(T, x, layout=layout, merge_outputs=merge)
    return cell, out, states


def _flat_states(states):
    return sum(states, []) if states and isinstance(states[0], list) else states


@pytest.mark.parametrize("key", sorted(REF["unroll"]))
def test_unroll_names_match_mxnet(key):
    ref = REF["unroll"][key]
    cell, out, states = unroll(key)
    flat = _flat_states(states)
    outs = [o.list_outputs() for o in out] if isinstance(out, list) else out.list_outputs()
    group = mx.sym.Group((out if isinstance(out, list) else [out]) + flat)
    assert outs == ref["outs"]
    assert [s.list_outputs() for s in flat] == ref["states"]
    assert [len(s) if isinstance(s, list) else 1 for s in states] == ref["nstates"]
    assert group.list_arguments() == ref["args"]
    assert sorted(cell.params._params) == ref["params"]
    assert {k: v.list_attr() for k, v in cell.params._params.items()} == ref["param_attrs"]
    assert [[list(i["shape"]), i["__layout__"]] for i in cell.state_info] == ref["state_info"]
    if "internals" in ref:
        assert group.get_internals().list_outputs() == ref["internals"]


SHAPE_KEYS = sorted(k for k, v in REF["unroll"].items() if "shapes" in v)


@pytest.mark.parametrize("key", SHAPE_KEYS)
def test_unroll_infer_shape_matches_mxnet(key):
    _, out, _ = unroll(key)
    layout = key.split("-")[1]
    sym = mx.sym.Group(out) if isinstance(out, list) else out
    args, outs, _ = sym.infer_shape(data=(N, T, C) if layout == "NTC" else (T, N, C))
    assert [list(a) for a in args] == REF["unroll"][key]["shapes"][0]
    assert [list(o) for o in outs] == REF["unroll"][key]["shapes"][1]


def _run_numeric(cell, layout, nstate, n=2, t=3, c=3, h=2):
    """Forward of an unrolled cell with explicit begin states and parameters drawn as the reference drew them."""
    x = np.random.RandomState(0).uniform(-1, 1, (n, t, c)).astype("float32")
    data = mx.sym.var("data")
    begin = [mx.sym.var(f"s{i}") for i in range(nstate)]
    out, states = cell.unroll(t, data, begin_state=begin, layout=layout, merge_outputs=True)
    group = mx.sym.Group([out] + states)
    shapes = {"data": x.shape if layout == "NTC" else (t, n, c), **{f"s{i}": (n, h) for i in range(nstate)}}
    arg_shapes, _, _ = group.infer_shape(**shapes)
    rs = np.random.RandomState(1)
    args = {}
    for name, shape in zip(group.list_arguments(), arg_shapes):
        value = (x if layout == "NTC" else x.transpose(1, 0, 2)) if name == "data" else \
            rs.uniform(-0.5, 0.5, shape).astype("float32")
        args[name] = mx.nd.array(value)
    return [o.asnumpy() for o in group.bind(mx.cpu(), args).forward()]


@pytest.mark.parametrize("name,make_cell,layout,nstate", [
    ("lstm", lambda: mx.rnn.LSTMCell(2, prefix="l_"), "NTC", 2),
    ("gru", lambda: mx.rnn.GRUCell(2, prefix="g_"), "NTC", 1),
    ("rnn", lambda: mx.rnn.RNNCell(2, prefix="r_"), "NTC", 1),
    ("rnn_relu_tnc", lambda: mx.rnn.RNNCell(2, activation="relu", prefix="r_"), "TNC", 1),
])
def test_unrolled_values_match_mxnet(name, make_cell, layout, nstate):
    outs = _run_numeric(make_cell(), layout, nstate)
    ref = REF["numeric"][name]
    assert len(outs) == len(ref)
    for got, want in zip(outs, ref):
        np.testing.assert_allclose(got, np.array(want), atol=2e-6)


FUSED_CASES = [("lstm", True, 2), ("gru", False, 2), ("rnn_tanh", True, 1), ("rnn_relu", False, 1)]


def _fused_setup(mode, bi, layers, n=2, t=3, c=3, h=2):
    cell = mx.rnn.FusedRNNCell(h, num_layers=layers, mode=mode, bidirectional=bi, prefix="f_", get_next_state=True)
    gates = {"lstm": 4, "gru": 3}.get(mode, 1)
    d = 2 if bi else 1
    size = (c + h + 2) * h * gates * d + (layers - 1) * gates * h * (h + d * h + 2) * d
    rs = np.random.RandomState(1)
    packed = rs.uniform(-0.5, 0.5, (size,)).astype("float32")
    nstate = 2 if mode == "lstm" else 1
    s0 = [rs.uniform(-0.5, 0.5, (layers * d, n, h)).astype("float32") for _ in range(nstate)]
    x = np.random.RandomState(0).uniform(-1, 1, (t, n, c)).astype("float32")
    return cell, packed, s0, x


@pytest.mark.parametrize("mode,bi,layers", FUSED_CASES)
def test_fused_values_and_unpacked_names_match_mxnet(mode, bi, layers):
    cell, packed, s0, x = _fused_setup(mode, bi, layers)
    begin = [mx.sym.var(f"s{i}") for i in range(len(s0))]
    out, states = cell.unroll(3, mx.sym.var("data"), begin_state=begin, layout="TNC", merge_outputs=True)
    args = {"data": mx.nd.array(x), "f_parameters": mx.nd.array(packed),
            **{f"s{i}": mx.nd.array(s) for i, s in enumerate(s0)}}
    outs = [o.asnumpy() for o in mx.sym.Group([out] + states).bind(mx.cpu(), args).forward()]
    ref = REF["fused"][mode]
    np.testing.assert_allclose(outs[0], np.array(ref["fused"]), atol=2e-5)
    for got, want in zip(outs[1:], ref["states"]):
        np.testing.assert_allclose(got, np.array(want), atol=2e-5)
    unpacked = cell.unpack_weights({"f_parameters": mx.nd.array(packed)})
    assert sorted(unpacked) == ref["names"]
    np.testing.assert_array_equal(cell.pack_weights(unpacked)["f_parameters"].asnumpy(), packed)


@pytest.mark.parametrize("mode,bi,layers", FUSED_CASES)
def test_fused_and_unfused_cells_agree(mode, bi, layers):
    cell, packed, s0, x = _fused_setup(mode, bi, layers)
    data = mx.sym.var("data")
    out, _ = cell.unroll(3, data, begin_state=[mx.sym.var(f"s{i}") for i in range(len(s0))], layout="TNC",
                         merge_outputs=True)
    fused = out.bind(mx.cpu(), {"data": mx.nd.array(x), "f_parameters": mx.nd.array(packed),
                                **{f"s{i}": mx.nd.array(s) for i, s in enumerate(s0)}}).forward()[0].asnumpy()
    stack = cell.unfuse()
    ubegin = [mx.sym.var(f"u{i}") for i in range(len(stack.state_info))]
    uout, _ = stack.unroll(3, data, begin_state=ubegin, layout="TNC", merge_outputs=True)
    uargs = dict(stack.pack_weights(cell.unpack_weights({"f_parameters": mx.nd.array(packed)})))
    uargs["data"] = mx.nd.array(x)
    d, k = (2 if bi else 1), 0
    for layer in range(layers):
        for direction in range(d):
            for s in s0:                       # the unfused stack's states: per layer, per direction, h then c
                uargs[f"u{k}"] = mx.nd.array(s[layer * d + direction])
                k += 1
    unfused = uout.bind(mx.cpu(), {n: uargs[n] for n in uout.list_arguments()}).forward()[0].asnumpy()
    np.testing.assert_allclose(unfused, fused, atol=1e-5)


def test_begin_state_names_func_and_kwargs():
    cell = mx.rnn.LSTMCell(3, prefix="p_")
    states = cell.begin_state()
    assert [s.name for s in states] == ["p_begin_state_0", "p_begin_state_1"]
    assert states[0].list_attr() == {"__layout__": "NC", "dtype": "float32", "shape": "(0, 3)"}
    seen = []

    def func(name, **kwargs):
        seen.append((name, kwargs))
        return mx.sym.var(name)
    more = cell.begin_state(func=func)
    assert [s.name for s in more] == ["p_begin_state_2", "p_begin_state_3"]
    assert seen[0] == ("p_begin_state_2", {"shape": (0, 3), "__layout__": "NC"})
    assert cell.state_shape == [(0, 3), (0, 3)]
    fused = mx.rnn.FusedRNNCell(3, num_layers=2, bidirectional=True, mode="gru")
    assert fused.state_info == [{"shape": (4, 0, 3), "__layout__": "LNC"}]
    assert [s.name for s in fused.begin_state()] == ["gru_begin_state_0"]


def test_lstm_unpack_pack_weights_round_trip():
    cell = mx.rnn.LSTMCell(2, prefix="l_")
    w = np.arange(24, dtype="float32").reshape(8, 3)
    args = {"l_i2h_weight": mx.nd.array(w), "l_i2h_bias": mx.nd.arange(8),
            "l_h2h_weight": mx.nd.ones((8, 2)), "l_h2h_bias": mx.nd.zeros((8,)), "other": mx.nd.ones((1,))}
    unpacked = cell.unpack_weights(args)
    assert sorted(unpacked) == sorted(["other"] + [f"l_{g}_{k}_{t}".replace("__", "_") for g in ("i2h", "h2h")
                                                   for k in "ifco" for t in ("weight", "bias")])
    np.testing.assert_array_equal(unpacked["l_i2h_f_weight"].asnumpy(), w[2:4])
    np.testing.assert_array_equal(unpacked["l_i2h_o_bias"].asnumpy(), [6, 7])
    packed = cell.pack_weights(unpacked)
    assert sorted(packed) == sorted(args)
    np.testing.assert_array_equal(packed["l_i2h_weight"].asnumpy(), w)
    assert mx.rnn.DropoutCell(0.1).unpack_weights(args) == args


def test_modified_cell_refuses_begin_state_and_fused_refuses_steps():
    base = mx.rnn.RNNCell(2)
    mx.rnn.ZoneoutCell(base, zoneout_outputs=0.5)
    with pytest.raises(AssertionError):
        base.begin_state()
    with pytest.raises(NotImplementedError):
        mx.rnn.FusedRNNCell(2)(mx.sym.var("x"), [])
    with pytest.raises(AssertionError):
        mx.rnn.ZoneoutCell(mx.rnn.FusedRNNCell(2))
    with pytest.raises(AssertionError):
        mx.rnn.RNNCell(2).unroll(3, [mx.sym.var("a"), mx.sym.var("b")])


def test_unroll_refusals_in_mxnet_words():
    with pytest.raises(AssertionError) as info:
        mx.rnn.GRUCell(2).unroll(3, [mx.sym.var("a")])
    assert message_of(info.value) == ""                     # MXNet's bare assertion
    with pytest.raises(AssertionError, match=r"^unroll\(inputs=None\) has been deprecated. Please create input "
                                             r"variables outside unroll.$"):
        mx.rnn.LSTMCell(2).unroll(2, None)
    grouped = mx.sym.Group([mx.sym.var("a"), mx.sym.var("b")])
    with pytest.raises(AssertionError, match=r"^unroll doesn't allow grouped symbol as input. Please convert to list "
                                             r"with list\(inputs\) first or let unroll handle splitting.$"):
        mx.rnn.LSTMCell(2).unroll(2, grouped, merge_outputs=False)


def test_containers_collect_child_params():
    stack = mx.rnn.SequentialRNNCell()
    stack.add(mx.rnn.RNNCell(2, prefix="a_"))
    stack.add(mx.rnn.GRUCell(2, prefix="b_"))
    assert sorted(stack.params._params) == sorted(f"{p}_{g}_{t}" for p in "ab" for g in ("i2h", "h2h")
                                                  for t in ("weight", "bias"))
    # As in MXNet, a cell built normally has handed out its params, so a stack given params refuses it.
    given = mx.rnn.SequentialRNNCell(params=mx.rnn.RNNParams("shared_"))
    with pytest.raises(AssertionError):
        given.add(mx.rnn.RNNCell(2, prefix="c_"))


def test_lstm_gradient_matches_finite_differences():
    cell = mx.rnn.LSTMCell(2, prefix="l_")
    out, _ = cell.unroll(2, mx.sym.var("data"), begin_state=[mx.sym.var("h0"), mx.sym.var("c0")],
                         merge_outputs=True)
    loss = mx.sym.sum(out * out)
    rs = np.random.RandomState(3)
    shapes = dict(zip(loss.list_arguments(), loss.infer_shape(data=(2, 2, 3), h0=(2, 2), c0=(2, 2))[0]))
    values = {k: rs.uniform(-0.8, 0.8, s).astype("float32") for k, s in shapes.items()}
    grads = {k: mx.nd.zeros(s) for k, s in shapes.items()}
    ex = loss.bind(mx.cpu(), {k: mx.nd.array(v) for k, v in values.items()}, args_grad=grads)
    ex.forward(is_train=True)
    ex.backward(mx.nd.ones((1,)))       # a plain sum is not a loss: MXNet wants its head gradient

    def f(name, value):
        args = dict(values, **{name: value})
        return float(loss.bind(mx.cpu(), {k: mx.nd.array(v.astype("float32")) for k, v in args.items()})
                     .forward()[0].asnumpy()[0])
    eps = 1e-2
    for name in ("l_i2h_weight", "l_h2h_bias", "data", "c0"):
        flat = values[name].astype("float64").ravel()
        numeric = np.zeros_like(flat)
        for i in range(flat.size):
            up, down = flat.copy(), flat.copy()
            up[i] += eps
            down[i] -= eps
            numeric[i] = (f(name, up.reshape(shapes[name])) - f(name, down.reshape(shapes[name]))) / (2 * eps)
        np.testing.assert_allclose(grads[name].asnumpy().ravel(), numeric, rtol=2e-2, atol=2e-3)


def test_rnn_checkpoint_saves_unpacked_and_loads_packed(tmp_path):
    cell = mx.rnn.GRUCell(2, prefix="g_")
    out, _ = cell.unroll(2, mx.sym.var("data"), begin_state=[mx.sym.var("h0")])
    sym = mx.sym.Group(out)
    rs = np.random.RandomState(0)
    args = {"g_i2h_weight": mx.nd.array(rs.rand(6, 3)), "g_i2h_bias": mx.nd.array(rs.rand(6)),
            "g_h2h_weight": mx.nd.array(rs.rand(6, 2)), "g_h2h_bias": mx.nd.array(rs.rand(6))}
    prefix = str(tmp_path / "gru")
    callback = mx.rnn.do_rnn_checkpoint(cell, prefix, period=2)
    callback(0, sym, args, {})
    assert not os.path.exists(prefix + "-0001.params")
    callback(1, sym, args, {})
    saved = mx.nd.load(prefix + "-0002.params")
    assert sorted(saved) == sorted(f"arg:g_{g}_{k}_{t}" for g in ("i2h", "h2h") for k in "rzo"
                                   for t in ("weight", "bias"))
    loaded_sym, loaded, aux = mx.rnn.load_rnn_checkpoint([cell], prefix, 2)
    assert loaded_sym.list_arguments() == sym.list_arguments() and aux == {}
    for k, v in args.items():
        np.testing.assert_allclose(loaded[k].asnumpy(), v.asnumpy(), rtol=1e-6)


@pytest.mark.parametrize("kind", ["ConvRNNCell", "ConvLSTMCell", "ConvGRUCell"])
def test_conv_cells_match_mxnet(kind):
    ref = REF["conv"][kind + "NCHW"]
    shape = (2, 2, 4, 4)
    with mx.name.NameManager():
        cell = getattr(mx.rnn, kind)(shape, 3, prefix="c_")
        nstate = len(cell.state_info)
        begin = [mx.sym.var(f"s{i}") for i in range(nstate)]
        out, states = cell.unroll(2, [mx.sym.var("x0"), mx.sym.var("x1")], begin_state=begin, merge_outputs=False)
        group = mx.sym.Group(out + states)
        assert [[list(i["shape"]), i["__layout__"]] for i in cell.state_info] == ref["state_info"]
        assert group.list_arguments() == ref["args"]
        assert group.get_internals().list_outputs() == ref["internals"]
        assert {k: v.list_attr() for k, v in sorted(cell.params._params.items())} == ref["attrs"]
        assert [s.list_attr() for s in cell.begin_state()] == ref["begin"]
    arg_shapes, out_shapes, _ = group.infer_shape(x0=shape, x1=shape, **{f"s{i}": (2, 3, 4, 4) for i in range(nstate)})
    assert [[list(a) for a in arg_shapes], [list(o) for o in out_shapes]] == ref["shapes"]
    rs = np.random.RandomState(1)
    args = {n: mx.nd.array(rs.uniform(-0.5, 0.5, s).astype("float32")) for n, s in zip(group.list_arguments(), arg_shapes)}
    for got, want in zip(group.bind(mx.cpu(), args).forward(), ref["values"]):
        np.testing.assert_allclose(got.asnumpy(), np.array(want), atol=2e-5)


def test_fused_initializer_fills_per_gate_with_forget_bias():
    cell = mx.rnn.FusedRNNCell(2, num_layers=2, mode="lstm", bidirectional=True, prefix="f_", forget_bias=1.5)
    attrs = cell.params._params["f_parameters"].list_attr()
    assert attrs == {"__init__": '["fusedrnn", {"init": null, "num_hidden": 2, "num_layers": 2, "mode": "lstm", '
                                 '"bidirectional": true, "forget_bias": 1.5}]'}
    arr = mx.nd.zeros((2 * 4 * 2 * (3 + 2 + 2) + 4 * 2 * (2 + 4 + 2) * 2,))
    glob = mx.init.Constant(0.5)
    glob(mx.init.InitDesc("f_parameters", attrs=attrs, global_init=glob), arr)
    parts = cell.unpack_weights({"f_parameters": arr})
    for name, value in parts.items():
        want = 0.5 if name.endswith("weight") else 1.5 if name.endswith("_f_bias") else 0.0
        np.testing.assert_array_equal(value.asnumpy(), np.full(value.shape, want, "float32"), err_msg=name)
    assert isinstance(mx.init.create(attrs["__init__"]), mx.init.FusedRNN)


def test_rnn_reexports_model_checkpoint_functions_as_mxnet():
    assert mx.rnn.load_checkpoint is mx.model.load_checkpoint
    assert mx.rnn.save_checkpoint is mx.model.save_checkpoint


def test_group_of_non_symbols_is_a_type_error_as_mxnet():
    # what a caller grouping an unroll's nested state lists meets in MXNet 1.9.1
    a = mx.sym.Variable("a")
    for bad in ([], [[a]], [a, 1]):
        with pytest.raises(TypeError, match="Expected a list of symbols as input"):
            mx.sym.Group(bad)


def test_cells_are_named_by_mxnets_rnn_cell_module():
    assert repr(mx.rnn.LSTMCell(3)).startswith("<distnet.rnn.rnn_cell.LSTMCell object at 0x")
    assert str(mx.rnn.RNNParams) == "<class 'distnet.rnn.rnn_cell.RNNParams'>"
    assert mx.rnn.rnn_cell.BidirectionalCell is mx.rnn.BidirectionalCell


def test_fused_cell_refuses_stepping_with_mxnets_message():
    cell = mx.rnn.FusedRNNCell(2)
    with pytest.raises(NotImplementedError, match=r"^FusedRNNCell cannot be stepped\. Please use unroll$"):
        cell(mx.sym.Variable("x"), cell.begin_state())


@pytest.mark.parametrize("make, message", [
    (lambda: mx.gluon.rnn.ResidualCell(), "ResidualCell.__init__() missing 1 required positional argument: "
                                          "'base_cell'"),
    (lambda: mx.gluon.rnn.SequentialRNNCell(x=1), "SequentialRNNCell.__init__() got an unexpected keyword "
                                                   "argument 'x'"),
    (lambda: mx.gluon.rnn.HybridSequentialRNNCell(1, 2, 3), "HybridSequentialRNNCell.__init__() takes from 1 to 3 "
                                                             "positional arguments but 4 were given"),
    (lambda: mx.gluon.rnn.HybridRecurrentCell(x=1), "HybridRecurrentCell.__init__() got an unexpected keyword "
                                                     "argument 'x'"),
    (lambda: mx.rnn.ResidualCell(), "ResidualCell.__init__() missing 1 required positional argument: 'base_cell'"),
])
def test_a_wrong_cell_constructor_call_names_the_cell_class(make, message):
    with pytest.raises(TypeError) as err:
        make()
    assert message_of(err.value) == message


def test_a_sequential_cell_method_names_its_class():
    with pytest.raises(TypeError) as err:
        mx.gluon.rnn.HybridSequentialRNNCell().unroll()
    assert message_of(err.value) == ("HybridSequentialRNNCell.unroll() missing 2 required positional arguments: "
                              "'length' and 'inputs'")
    with pytest.raises(TypeError) as err:
        mx.gluon.rnn.SequentialRNNCell().add()
    assert message_of(err.value) == "SequentialRNNCell.add() missing 1 required positional argument: 'cell'"
