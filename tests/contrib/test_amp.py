"""mx.contrib.amp: the loss scale's schedule, a Trainer step skipped on overflow, and convert_symbol's graph
against the one built by hand (MXNet's own test of it)."""
import json
import logging

import numpy as np
import pytest

import distnet as mx
from distnet import autograd, gluon, nd
from distnet.contrib import amp
from distnet.contrib.amp.loss_scaler import LossScaler
from distnet.base import message_of


class _Param:
    def __init__(self, grad):
        self._grad = [nd.array(grad)]


def test_loss_scale_halves_on_overflow_and_doubles_after_2000_clean_steps():
    logging.disable(logging.CRITICAL)
    scaler = LossScaler()
    assert scaler.loss_scale == 2.0 ** 16
    assert scaler.has_overflow([_Param([1.0, np.inf])]) and scaler.loss_scale == 2.0 ** 16
    assert not scaler.has_overflow([_Param([1.0])]) and scaler.loss_scale == 2.0 ** 15     # the halving applies now
    for _ in range(1999):
        assert not scaler.has_overflow([_Param([1.0]), _Param([2.0])])
    assert scaler.loss_scale == 2.0 ** 15 and scaler._next_loss_scale == 2.0 ** 16
    scaler._loss_scale = scaler._next_loss_scale = 2.0 ** 24
    scaler._unskipped = 1999
    scaler.has_overflow([_Param([1.0])])
    assert scaler._next_loss_scale == 2.0 ** 24          # never above 2**24
    logging.disable(logging.NOTSET)


def _graph(sym):
    nodes = json.loads(sym.tojson(remove_amp_cast=False))["nodes"]
    return [(n["op"], n["name"], tuple(nodes[i[0]]["name"] for i in n["inputs"]), n.get("attrs", {}).get("dtype"))
            for n in nodes]


def test_convert_symbol_matches_the_graph_built_by_hand():
    with mx.name.NameManager():
        x, y = mx.sym.var("x"), mx.sym.var("y")
        res = mx.sym.FullyConnected(x, y, num_hidden=10, no_bias=True, name="fc") + mx.sym.sin(y, name="s")
        converted = amp.convert_symbol(res, target_dtype="float16", target_dtype_ops=["FullyConnected"],
                                       fp32_ops=["sin"])
        fc = mx.sym.FullyConnected(mx.sym.amp_cast(x, dtype="float16", name="x_amp_cast_float16"),
                                   mx.sym.amp_cast(y, dtype="float16", name="y_amp_cast_float16"),
                                   num_hidden=10, no_bias=True, name="fc")
        expected = mx.sym.elemwise_add(mx.sym.amp_cast(fc, dtype="float32", name="fc_output_amp_cast_float32"),
                                       mx.sym.sin(y, name="s"), name="_plus0")
    assert _graph(converted) == _graph(expected)
    with pytest.raises(AssertionError, match="Ops cannot be in two or more lists"):
        amp.convert_symbol(res, target_dtype_ops=["FullyConnected"], fp32_ops=["FullyConnected"])


def test_trainer_skips_a_step_whose_gradients_overflowed():
    # amp.init() rewrites the nd/sym operators for the whole process (as in MXNet), so the trainer gets its
    # loss scaler the way init_trainer gives it; tests/compat/scripts/contrib_amp_training.py runs the API
    logging.disable(logging.CRITICAL)
    weight = gluon.Parameter("w", shape=(2,), init=mx.init.One())
    weight.initialize()
    trainer = gluon.Trainer([weight], "sgd", {"learning_rate": 0.5})
    trainer._amp_loss_scaler, trainer._amp_original_scale = LossScaler(), trainer._scale
    x = nd.array([1.0, 2.0])
    for factor, moves in ((np.inf, False), (1.0, True)):
        before = weight.data().asnumpy().copy()
        with autograd.record():
            with amp.scale_loss((weight.data() * x).sum() * factor, trainer) as scaled:
                scaled.backward()
        trainer.step(1)
        assert (not np.array_equal(before, weight.data().asnumpy())) == moves
    np.testing.assert_allclose(weight.data().asnumpy(), [0.5, 0.0])       # 1 - 0.5 * x: the scale divided out
    assert trainer._amp_loss_scaler.loss_scale == 2.0 ** 15              # halved after the overflow
    logging.disable(logging.NOTSET)


def _hybridized_dense():
    net = gluon.nn.HybridSequential()
    net.add(gluon.nn.Dense(4, in_units=3))
    net.initialize()
    net.hybridize()
    net(nd.ones((2, 3)))
    return net


def test_convert_hybrid_block_loads_onto_gpu0_unless_told_as_mxnet():
    with pytest.raises(mx.base.MXNetError, match="GPU is not enabled"):
        amp.convert_hybrid_block(_hybridized_dense())
    block = amp.convert_hybrid_block(_hybridized_dense(), ctx=mx.cpu(), cast_optional_params=True)
    assert {str(p.dtype) for p in block.collect_params().values()} == {"<class 'numpy.float16'>"}
    with pytest.raises(AssertionError, match="^block input should be a HybridBlock$"):
        amp.convert_hybrid_block(gluon.nn.Block())


def test_convert_symbol_refuses_an_unknown_op_in_mxnets_multi_line_words():
    with pytest.raises(AssertionError) as info:
        amp.convert_symbol(mx.sym.var("x"), target_dtype_ops=["nope_op"])
    lines = message_of(info.value).split("\n")
    assert lines[0] == "Can only choose ops from one of the three lists"
    assert lines[-1] == " " * 28 + "Op {'nope_op'} not in any of them"
    assert len(lines) == 7


def test_symbol_casting_casts_every_input_a_layer_creates_but_its_statistics():
    from distnet.contrib.amp.amp import _symbol_casting
    fc = _symbol_casting(mx.sym.FullyConnected, "float16")(mx.sym.var("x"), num_hidden=2, name="fc")
    outputs = fc.get_internals().list_outputs()
    assert [o for o in outputs if not o.startswith("amp_cast")] == ["x", "fc_weight", "fc_bias", "fc_output"]
    assert sum(o.startswith("amp_cast") for o in outputs) == 3
    assert fc.name == "fc"
    bn = _symbol_casting(mx.sym.BatchNorm, "float32")(mx.sym.var("x"), name="bn")
    assert bn.list_auxiliary_states() == ["bn_moving_mean", "bn_moving_var"]
    assert sum(o.startswith("amp_cast") for o in bn.get_internals().list_outputs()) == 3  # data, gamma, beta


def test_operators_between_arrays_follow_amps_widest_type_casts():
    import subprocess
    import sys
    script = "\n".join([
        "import distnet as mx",
        "from distnet.contrib import amp",
        "amp.init()",
        "low, high = mx.nd.ones(2, dtype='float16') * 3, mx.nd.ones(2) * 2",
        "print((low + high).dtype.__name__, (low - high).asnumpy().tolist(), (low > high).dtype.__name__)",
        "print((low + low).dtype.__name__)",
        "x, w = mx.sym.var('x'), mx.sym.var('w')",
        "print((x * w).get_internals().list_outputs())",
        "print((2 / x).get_internals().list_outputs())",     # a float32 op: its input is cast
    ])
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True)
    assert out.stdout.splitlines() == [
        "float32 [1.0, 1.0] float32",
        "float16",
        "['x', 'w', 'amp_multicast0_output0', 'amp_multicast0_output1', '_mul0_output']",
        "['x', 'amp_cast0_output', '_rdivscalar0_output']",
    ]


def test_has_overflow_without_gradients_is_mxnets_index_error():
    with pytest.raises(IndexError):
        LossScaler().has_overflow([])


def test_bfloat16_stand_in_is_sent_to_operators_as_bfloat16():
    from distnet.contrib.amp.amp import bfloat16
    from distnet.ndarray.param_text import dtype_attr_name
    assert dtype_attr_name(bfloat16) == "bfloat16"
    assert dtype_attr_name("float16") == "float16"
    assert mx.sym.amp_cast(mx.sym.var("x"), dtype=bfloat16).list_attr() == {"dtype": "bfloat16"}


def _amp_casts(sym):
    return [o for o in sym.get_internals().list_outputs() if "amp" in o]


def test_an_op_on_float32_data_and_graph_inputs_stays_float32():
    data = mx.sym.var("data")
    conv = mx.sym.Convolution(data, kernel=(1, 1), num_filter=2, name="cv")
    batchnorm = mx.sym.softmax(mx.sym.BatchNorm(conv, name="bn"), name="s")
    assert _amp_casts(amp.convert_symbol(batchnorm, excluded_sym_names=["cv"])) == []
    # the float32 input second, or an input of unknown type beside it: the result is cast for softmax
    like = mx.sym.softmax(mx.sym.broadcast_like(mx.sym.var("w"), conv, name="bl"), name="s")
    assert _amp_casts(amp.convert_symbol(like, excluded_sym_names=["cv"])) == ["bl_0_amp_cast_float32_output"]
    mixed = mx.sym.softmax(mx.sym.broadcast_like(conv, mx.sym.relu(data, name="r"), name="b2"), name="s")
    assert _amp_casts(amp.convert_symbol(mixed, excluded_sym_names=["cv"])) == ["b2_0_amp_cast_float32_output"]


def test_widest_ops_multicast_a_float32_input_beside_graph_inputs_or_unknown_types():
    v0 = mx.sym.var("v0")
    beside_var = mx.sym.concat(v0, mx.sym.exp(v0, name="e"), name="c")
    assert _amp_casts(amp.convert_symbol(beside_var)) == [
        "v0_amp_multicast_output0", "v0_amp_multicast_output1", "c_output_amp_cast_float32_output"]
    # a graph input already cast to float16 for another reader is read through that cast
    precast = mx.sym.elemwise_add(v0, mx.sym.softmax(v0, name="s"), name="a")
    converted = amp.convert_symbol(precast, fp32_ops=["exp"], target_dtype_ops=["softmax"])
    assert _amp_casts(converted) == ["v0_amp_cast_float16_output", "a_output_amp_cast_float32_output"]


def test_symbolic_loss_outputs_warn_on_each_call_that_they_cannot_scale_the_loss():
    import subprocess
    import sys
    script = "\n".join([
        "import logging, sys",
        "logging.basicConfig(level=logging.INFO, format='%(levelname)s %(message)s', stream=sys.stdout)",
        "import distnet as mx",
        "from distnet.contrib import amp",
        "amp.init()",
        "x = mx.sym.var('x')",
        "print(mx.sym.SoftmaxOutput(x, name='sm').name, mx.sym.LinearRegressionOutput(x).name)",
        "mx.sym.SoftmaxOutput(x)",
        "mx.sym.make_loss(x)",     # not a loss output amp scales: no warning
        "print(mx.nd.LinearRegressionOutput(mx.nd.ones(1), mx.nd.zeros(1)).asnumpy().tolist())",
    ])
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True)
    tail = " does not support dynamic loss scaling in symbolic and hybridized execution."
    assert out.stdout.splitlines() == [
        "INFO Using AMP",
        "WARNING SoftmaxOutput" + tail,
        "WARNING LinearRegressionOutput" + tail,
        "sm linearregressionoutput0",
        "WARNING SoftmaxOutput" + tail,
        "[1.0]",
    ]
