"""Modifier cells (Zoneout, Residual, VariationalDropout) default begin_state's func to symbol.zeros, so with no func they make Symbols, as MXNet's do."""
import inspect
import re
import mxnet as mx
from mxnet.gluon import rnn, contrib

for c in [rnn.ZoneoutCell(rnn.GRUCell(2), 0.1, 0.1), rnn.ResidualCell(rnn.LSTMCell(2)), contrib.rnn.VariationalDropoutCell(rnn.GRUCell(2), 0.1)]:
    print(type(c).__name__, re.sub(r' at 0x[0-9a-f]+', '', str(inspect.signature(c.begin_state))))
    s = c.begin_state(batch_size=2)
    print([type(x).__name__ for x in s], [x.name for x in s])
    s = c.begin_state(func=mx.nd.ones, batch_size=2)
    print([(type(x).__name__, x.shape) for x in s])
