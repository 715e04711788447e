"""ResidualCell.unroll on mx.np arrays under npx.set_np(): MXNet's legacy elemwise_add / SequenceMask refuse them."""
# recorded on AVX2
import mxnet as mx
from mxnet.gluon import rnn

mx.npx.set_np()
x = mx.np.ones((2, 3, 4))
for kwargs in [dict(merge_outputs=True), dict(merge_outputs=True, valid_length=mx.np.array([1, 3])),
               dict(merge_outputs=None, layout="TNC")]:
    for hybridize in [False, True]:
        cell = rnn.ResidualCell(rnn.DropoutCell(0.0))
        if hybridize:
            cell.hybridize()
        try:
            out, states = cell.unroll(3 if kwargs.get("layout") != "TNC" else 2, x, **kwargs)
            print(kwargs, hybridize, type(out).__name__, out.shape, states)
        except Exception as e:
            print(kwargs, hybridize, type(e).__name__, str(e).splitlines()[0][:90])
cell = rnn.ResidualCell(rnn.GRUCell(4))
cell.initialize()
try:
    cell.unroll(3, x, merge_outputs=True)
except Exception as e:
    print(type(e).__name__, str(e).splitlines()[0][:90])
