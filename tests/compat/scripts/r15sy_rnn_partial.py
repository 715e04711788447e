"""The fused RNN's shapes over data whose sequence length, batch or input size is unknown (0): the outputs keep
the unknown sizes, the parameters and states take what is known."""
import warnings

import mxnet as mx
from _words import words

warnings.simplefilter("ignore")
d = mx.sym.var("d")
for kw in [dict(mode="lstm"), dict(mode="gru", state_outputs=True), dict(mode="rnn_tanh", bidirectional=True, num_layers=2)]:
    s = mx.sym.RNN(d, state_size=2, num_layers=kw.pop("num_layers", 1), name="r", **kw)
    for g in [(0, 0, 0), (3, 0, 2), (0, 2, 2), (3, 2, 0), (0, 0, 2), (3, 0, 0)]:
        try:
            print(kw, g, s.infer_shape_partial(d=g))
        except mx.base.MXNetError as e:
            print(kw, g, words(e))
