"""Gluon's convolutional recurrent cells: settings (padding, dilation, channels-last layouts, activations) as seen
in state_info and parameter shapes, one step and an unroll with valid_length (hybridized too), and their symbols."""
import numpy as np
import mxnet as mx
from mxnet import gluon, nd
from _words import words

CR = gluon.contrib.rnn


def set_params(cell):
    for i, (_, p) in enumerate(sorted(cell.collect_params().items())):
        p.set_data(nd.array(np.sin(np.arange(int(np.prod(p.shape))) * 0.37 + i) * 0.3).reshape(p.shape))


def inputs(*shape):
    return nd.array(np.cos(np.arange(int(np.prod(shape))) * 0.29).reshape(shape))


def summary(x):
    if isinstance(x, (list, tuple)):
        return "[" + ", ".join(summary(a) for a in x) + "]"
    a = x.asnumpy().astype("float64")
    return f"{a.shape}:{a.sum():.3f}/{np.abs(a).sum():.3f}"


CELLS = []
for dims, shape in ((1, (2, 6)), (2, (2, 5, 5)), (3, (2, 3, 4, 4))):
    for kind in ("RNN", "LSTM", "GRU"):
        cls = f"CR.Conv{dims}D{kind}Cell"
        last, layout = shape[1:] + shape[:1], "NWC"
        CELLS += [(f"{cls}({shape}, 3, 3, 3)", shape),
                  (f"{cls}({shape}, 3, {(3,) * dims}, {(3,) * dims}, i2h_pad={(1,) * dims})", shape),
                  (f"{cls}({shape}, 3, 1, 3, h2h_dilate={(2,) * dims}, activation='relu')", shape)]
        if dims == 1:
            CELLS.append((f"{cls}({last}, 3, 3, 3, conv_layout='{layout}')", last))
# oneDNN refuses channels-last convolutions; the failure also reaches the next convolution MXNet runs: keep it last
CELLS.append(("CR.Conv2DLSTMCell((5, 5, 2), 3, 3, 3, conv_layout='NHWC')", (5, 5, 2)))
for text, shape in CELLS:
    cell = eval(text)
    print(text)
    print("  ", repr(cell), cell.state_info(2), sorted((k[len(cell.prefix):], v.shape)
                                                     for k, v in cell.collect_params().items()))
    for hybrid in (False, True):
        cell = eval(text)
        cell.initialize()
        if hybrid:
            cell.hybridize()
        try:
            cell(inputs(2, *shape), cell.begin_state(batch_size=2))
            set_params(cell)
            step = cell(inputs(2, *shape), cell.begin_state(batch_size=2))
            unrolled = cell.unroll(3, inputs(2, 3, *shape), merge_outputs=True, valid_length=nd.array([2, 3]))
            print("   hybridized" if hybrid else "   imperative", summary(step), summary(unrolled))
        except Exception as e:
            print("   hybridized" if hybrid else "   imperative", words(e))
sym_cell = CR.Conv2DGRUCell((2, 5, 5), 2, 3, 3, prefix="c_")
out, states = sym_cell(mx.sym.var("x"), sym_cell.begin_state(func=mx.sym.var))
print(out.list_arguments(), out.infer_shape(x=(1, 2, 5, 5), c_begin_state_0=(1, 2, 3, 3))[1])
print(sym_cell.unroll(2, mx.sym.var("x"), merge_outputs=True)[0].get_internals().list_outputs()[-6:])
