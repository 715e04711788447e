"""A variable's __shape__ that MXNet's parser cannot read fails shape inference in its shape pass's words, None reads as unknown and a bare number as one dimension, as MXNet does; a Dense given its units as text hybridizes."""
import re
import mxnet as mx
from mxnet import nd
from mxnet.gluon import nn


def show(name, f):
    try:
        print(name, f())
    except Exception as e:
        print(name, type(e).__name__, re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(e)).replace("\n", " | "))


for text in ["(2.0, 3)", "('3', 0)", "None", "[2 3]", "(2, None)", "abc", "(2,3", "3.5", "3", "(2, 3)"]:
    w = mx.sym.var('w', attr={'__shape__': text})
    net = mx.sym.FullyConnected(mx.sym.var('x'), w, num_hidden=2, no_bias=True)
    show(repr(text), lambda: net.infer_shape_partial(x=(2, 3)))
for units in ['3', 'a', '0']:
    dense = nn.Dense(units, in_units=3)
    show("init %r" % units, lambda: dense.initialize())
    dense.hybridize()
    show("forward", lambda: dense(nd.ones((2, 3))))
