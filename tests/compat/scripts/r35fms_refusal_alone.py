"""An operator's refused attribute (unknown name, bad enum, unreadable value, num_args) raises one MXNetError with no other error as its context, as MXNet's C++ parser raises it."""
# recorded on AVX2
import re

import mxnet as mx

S, N = mx.sym, mx.nd
CASES = [
    ("sym zeros unknown", lambda: S.zeros(shape=(2,), batch_size=2)),
    ("sym relu unknown", lambda: S.relu(S.var("a"), foo=1)),
    ("nd relu unknown", lambda: N.relu(N.ones(2), foo=1)),
    ("sym fc int text", lambda: S.FullyConnected(S.var("a"), num_hidden="x")),
    ("nd fc two misreads", lambda: N.FullyConnected(N.ones((2, 2)), N.ones((2, 2)), num_hidden="x", no_bias=True,
                                                    flatten="q")),
    ("sym activation enum", lambda: S.Activation(S.var("a"), act_type="foo")),
    ("nd activation enum", lambda: N.Activation(N.ones(2), act_type="foo")),
    ("sym pooling enum and kernel", lambda: S.Pooling(S.var("a"), kernel="x", pool_type="z")),
    ("sym concat num_args", lambda: S.concat(S.var("a"), num_args="x")),
    ("nd concat num_args", lambda: N.concat(N.ones(2), num_args=0)),
    ("sym fc unknown and misread", lambda: S.FullyConnected(S.var("a"), num_hidden="x", bogus=1)),
]
for title, call in CASES:
    try:
        call()
        print(title, "no error")
    except mx.base.MXNetError as e:
        last = re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(e)).strip().splitlines()[-1]
        print(title, "|", type(e.__context__).__name__, type(e.__cause__).__name__, e.__suppress_context__, "|", last)
