"""A symbol whose composition fails is refused with nnvm's log line leading the message (its time of day masked)."""
# recorded on AVX2
import re

import mxnet as mx
from mxnet import gluon, nd


def shown(e):
    """The exception's type and its whole text, the time of day of a log line masked."""
    return f"{type(e).__name__}: {re.sub(r'[0-9]{2}:[0-9]{2}:[0-9]{2}', 'hh:mm:ss', str(e))!r}"


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "raises", shown(e))


x, y = mx.sym.var("x"), mx.sym.var("y")
fc = mx.sym.FullyConnected(x, num_hidden=3, name="fc")
CASES = [
    ("fc_unknown_keyword", lambda: mx.sym.FullyConnected(bogus=x, num_hidden=3, name="f")),
    ("fc_no_bias_given_bias", lambda: mx.sym.FullyConnected(x, num_hidden=3, no_bias=True, bias=y)),
    ("atomic_call_keyword", lambda: mx.sym.FullyConnected(num_hidden=3, name="g")(bogus=x)),
    ("graph_call_keyword", lambda: fc(fc_weight=x, zz=y)),
    ("variable_call_keyword", lambda: x(bogus=y)),
    ("group_call_keyword", lambda: mx.sym.Group([mx.sym.relu(x), y])(q=x)),
    ("softmax_length", lambda: mx.sym.softmax(x, length=y)),
    ("concat_by_name", lambda: mx.sym.Concat(a=x, b=y)),
    ("graph_positional", lambda: (fc + y)(x, y)),
    ("graph_positional_one", lambda: fc(x)),
    ("backward_op", lambda: mx.sym.contrib.backward_hawkesll()),
    ("adamw_update", lambda: mx.sym.contrib.adamw_update(x, x, x, x, x, lr=0.1, eta=1)),
    ("mp_adamw_update", lambda: mx.sym.contrib.mp_adamw_update(x, x, x, x, x, x, lr=0.1, eta=1)),
]
v = [mx.sym.var(f"v{i}") for i in range(4)]
CASES += [
    ("amp_multicast 3 of 2", lambda: mx.sym.amp_multicast(*v[:3], num_outputs=2)),
    ("amp_multicast 2 of 2", lambda: mx.sym.amp_multicast(*v[:2], num_outputs=2).list_arguments()),
    ("multi_all_finite 3 of 2", lambda: mx.sym.multi_all_finite(*v[:3], num_arrays=2)),
    ("multi_all_finite 2 of 1", lambda: mx.sym.multi_all_finite(*v[:2])),
    ("multi_sum_sq 4 of 3", lambda: mx.sym.multi_sum_sq(*v[:4], num_arrays=3)),
]
for label, fn in CASES:
    attempt(label, fn)


def gru_three_states():
    layer = gluon.rnn.GRU(3)
    layer.initialize()
    return layer(nd.ones((3, 2, 4)), [nd.zeros((1, 2, 3))] * 3)


def gru_lengths_hybridized():
    layer = gluon.rnn.GRU(3, use_sequence_length=True)
    layer.initialize()
    layer.hybridize()
    return layer(nd.ones((3, 2, 4)), [nd.zeros((1, 2, 3))], sequence_length=nd.array([3, 2]))


for label, fn in [("gru_three_states", gru_three_states), ("gru_lengths_hybridized", gru_lengths_hybridized)]:
    with mx.name.NameManager():
        attempt(label, fn)
