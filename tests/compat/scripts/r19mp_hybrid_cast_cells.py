"""Casting hybridized blocks after they ran (new graphs for the new dtype, an input of the old dtype refused,
gradients, export/import then cast), and recurrent cells unrolled in float64 with begin states of either dtype."""
import os
import tempfile
import warnings

import numpy as np
import mxnet as mx
from mxnet import autograd, gluon, nd
from mxnet.gluon import nn, rnn
from _words import words

warnings.simplefilter("ignore")
TMP = tempfile.mkdtemp()


def show(a):
    a = a.asnumpy()
    if a.dtype == np.float16:
        return "float16 " + " ".join("%04x" % b for b in a.view(np.uint16).ravel()[:6])
    return f"{a.dtype} {np.round(a.astype('float64'), 6).ravel()[:6].tolist()}"


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", words(e))


def data(dtype, shape=(2, 4)):
    return nd.array(np.sin(np.arange(int(np.prod(shape))) * 1.7).reshape(shape), dtype=dtype)


def model():
    net = nn.HybridSequential(prefix="s_")
    with net.name_scope():
        net.add(nn.LayerNorm(in_channels=4), nn.PReLU(in_channels=4), nn.Activation("sigmoid"))
    net.initialize(mx.init.Constant(0.3))
    net.hybridize()
    return net


for first, then in [("float32", "float16"), ("float32", "float64"), ("float16", "float32"), ("float64", "float16")]:
    def run(first=first, then=then):
        net = model()
        net.cast(first)
        before = show(net(data(first)))
        net.cast(then)
        return before + " | " + show(net(data(then)))
    attempt(f"ran {first}, cast {then}", run)

    def old_input(first=first, then=then):
        net = model()
        net.cast(first)
        net(data(first))
        net.cast(then)
        return show(net(data(first)))
    attempt(f"ran {first}, cast {then}, fed {first}", old_input)

    def grads(first=first, then=then):
        net = model()
        net.cast(first)
        net(data(first))
        net.cast(then)
        x = data(then)
        x.attach_grad()
        with autograd.record():
            y = net(x)
        y.backward()
        return show(x.grad) + " | " + " ".join(f"{k.split('_', 1)[1]}:{show(p.grad())}"
                                               for k, p in sorted(net.collect_params().items()))
    attempt(f"ran {first}, cast {then}, gradients", grads)

    def exported(first=first, then=then):
        net = model()
        net.cast(first)
        net(data(first))
        prefix = os.path.join(TMP, f"m_{first}_{then}")
        net.export(prefix)
        block = gluon.SymbolBlock.imports(prefix + "-symbol.json", ["data"], prefix + "-0000.params")
        block.cast(then)
        return show(block(data(then)))
    attempt(f"exported {first}, imported, cast {then}", exported)

for name, make in [("LSTMCell", lambda: rnn.LSTMCell(3, input_size=2)), ("GRUCell", lambda: rnn.GRUCell(3, input_size=2)),
                   ("bidirectional", lambda: rnn.BidirectionalCell(rnn.RNNCell(2, input_size=2),
                                                                   rnn.RNNCell(2, input_size=2)))]:
    for state_type in [None, "float64"]:
        for hybrid in (False, True):
            def unrolled(make=make, state_type=state_type, hybrid=hybrid):
                cell = make()
                cell.initialize(mx.init.Constant(0.2))
                cell.cast("float64")
                if hybrid:
                    cell.hybridize()
                x = data("float64", (2, 3, 2))
                kwargs = {} if state_type is None else {"dtype": state_type}
                x.attach_grad()
                with autograd.record():
                    out, states = cell.unroll(3, x, begin_state=cell.begin_state(batch_size=2, **kwargs),
                                              layout="NTC", merge_outputs=True)
                out.backward()
                return show(out) + " | " + show(x.grad)
            attempt(f"{name} float64, begin_state dtype {state_type}, {'hybrid' if hybrid else 'imperative'}",
                    unrolled)
