"""Legacy operators in bound graphs: a 1-D prelu with its gamma given, gradients requested through operators
without one (refused before shapes are inferred), sort's gradient node, argsort's dtype at creation and
boolean_mask's kernel checks."""
import numpy as np
import mxnet as mx
from mxnet import nd
from _words import words


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", [a.asnumpy().round(4).tolist() for a in r] if isinstance(r, list) else r)
    except Exception as e:
        print(label, "->", words(e))


def run(sym, train, **inputs):
    args = {k: nd.array(v) for k, v in inputs.items()}
    grads = {k: nd.zeros(np.shape(v)) for k, v in inputs.items()} if train else None
    ex = sym.bind(mx.cpu(), args, args_grad=grads)
    outs = ex.forward(is_train=train)
    if train:
        ex.backward([nd.ones(o.shape) for o in outs])
        return outs + [grads[k] for k in sorted(grads)]
    return outs


d, g = mx.sym.var("d"), mx.sym.var("g")
prelu = mx.sym.LeakyReLU(d, g, act_type="prelu", name="p")
attempt("prelu 1-D shapes", lambda: prelu.infer_shape(d=(3,), g=(3,)))
attempt("prelu 1-D gamma of 1", lambda: prelu.infer_shape(d=(3,), g=(1,)))
attempt("prelu 1-D no gamma", lambda: prelu.infer_shape(d=(3,)))
attempt("prelu 2-D no gamma", lambda: prelu.infer_shape(d=(2, 3)))
attempt("prelu 1-D run", lambda: run(prelu, True, d=[-1.0, 0.5, -2.0], g=[0.1, 0.2, 0.3]))
attempt("batch_take bad shapes train", lambda: run(mx.sym.batch_take(d, g, name="bt"), True, d=[1.0, 2.0], g=[0.0]))
attempt("batch_take bad shapes predict", lambda: run(mx.sym.batch_take(d, g, name="bt"), False, d=[1.0, 2.0], g=[0.0]))
attempt("khatri_rao bad shapes train", lambda: run(mx.sym.khatri_rao(d, g, name="kr"), True,
                                                   d=np.ones((2, 3)), g=np.ones((4, 2))))
attempt("khatri_rao predict", lambda: run(mx.sym.khatri_rao(d, g, name="kr"), False,
                                          d=np.ones((2, 3)), g=np.ones((4, 3))))
for ascend in [True, False]:
    attempt(f"sort gradient is_ascend={ascend}", lambda: run(mx.sym.sort(d, is_ascend=ascend, name="s"), True,
                                                             d=[3.0, 1.0, 2.0]))
    attempt(f"sort axis 0 is_ascend={ascend}", lambda: run(mx.sym.sort(d, axis=0, is_ascend=ascend, name="s"), True,
                                                           d=[3.0, 1.0, 2.0]))
attempt("argsort dtype bool", lambda: mx.sym.argsort(d, dtype="bool"))
attempt("argsort dtype int8", lambda: mx.sym.argsort(d, dtype="int8"))
attempt("argsort dtype int64", lambda: run(mx.sym.argsort(d, dtype="int64", name="a"), False, d=[3.0, 1.0, 2.0]))
mask = mx.sym.contrib.boolean_mask(d, g, name="m")
attempt("boolean_mask rows", lambda: run(mask, False, d=np.arange(6).reshape(3, 2), g=[1, 0, 1]))
attempt("boolean_mask short index", lambda: run(mask, False, d=np.arange(6).reshape(3, 2), g=[1, 0]))
attempt("boolean_mask 2-D index", lambda: run(mask, False, d=np.arange(6).reshape(3, 2), g=[[1], [0], [1]]))
attempt("boolean_mask axis 1", lambda: run(mx.sym.contrib.boolean_mask(d, g, axis=1, name="m"), False,
                                           d=np.arange(6).reshape(3, 2), g=[1, 0]))
