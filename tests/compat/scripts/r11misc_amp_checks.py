"""mx.contrib.amp: convert_hybrid_block loads onto gpu(0) unless given a context, and the block and op checks use MXNet's words."""
import warnings

import mxnet as mx
from mxnet.contrib import amp


def show(name, f):
    try:
        print(name, f())
    except Exception as e:      # noqa: BLE001 - the point is to print it
        last = str(e).splitlines()[-1]
        print(name, type(e).__name__, repr(last[len("MXNetError: "):] if last.startswith("MXNetError: ") else last))


warnings.simplefilter("ignore")     # the SymbolBlock's note on an input of unknown type


def dense():
    net = mx.gluon.nn.HybridSequential()
    net.add(mx.gluon.nn.Dense(4, in_units=3), mx.gluon.nn.Activation("relu"))
    net.initialize()
    net.hybridize()
    net(mx.nd.ones((2, 3)))
    return net


def dtypes(block):
    return sorted((k, str(v.dtype)) for k, v in block.collect_params().items())


show("default ctx", lambda: amp.convert_hybrid_block(dense()))
for cast in (False, True):
    show("cpu %s" % cast, lambda: dtypes(amp.convert_hybrid_block(dense(), ctx=mx.cpu(), cast_optional_params=cast)))
show("not hybrid", lambda: amp.convert_hybrid_block(mx.gluon.nn.Dense(2)))
show("not a block", lambda: amp.convert_hybrid_block(5))
show("not run", lambda: amp.convert_hybrid_block(mx.gluon.nn.HybridSequential()))
try:
    amp.convert_symbol(mx.sym.var("x"), target_dtype_ops=["nope_op"])
except AssertionError as e:
    print(str(e))
