"""BidirectionalCell.unroll over mx.np steps: with valid_length MXNet refuses them at the legacy stack that reverses the inputs, before any cell runs."""
import mxnet as mx
from mxnet.gluon import rnn

mx.npx.set_np()
for layout in ['TNC', 'NTC']:
    for merge in [True, False, None]:
        for valid in [False, True]:
            for hybridize in [False, True]:
                cell = rnn.BidirectionalCell(rnn.LSTMCell(3), rnn.GRUCell(2))
                cell.initialize()
                if hybridize:
                    cell.hybridize()
                x = mx.np.ones((4, 2, 3))
                steps = [x[i] for i in range(4)]
                length = mx.np.array([2, 4]) if valid else None
                try:
                    cell.unroll(4, steps, layout=layout, merge_outputs=merge, valid_length=length)
                    print(layout, merge, valid, hybridize, 'ran')
                except Exception as e:
                    print(layout, merge, valid, hybridize, type(e).__name__, str(e)[:90])
