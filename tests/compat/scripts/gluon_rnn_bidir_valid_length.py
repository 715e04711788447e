"""BidirectionalCell.unroll with valid_length inside a hybridized block (symbolic reversal and split)."""
import numpy as np
import mxnet as mx


class BiLSTM(mx.gluon.nn.HybridBlock):
    def __init__(self, size, steps, merge, **kwargs):
        super(BiLSTM, self).__init__(**kwargs)
        self.steps, self.merge = steps, merge
        with self.name_scope():
            self.bi = mx.gluon.rnn.BidirectionalCell(mx.gluon.rnn.LSTMCell(size, prefix='l0_'),
                                                     mx.gluon.rnn.LSTMCell(size, prefix='r0_'), output_prefix='bi_')

    def hybrid_forward(self, F, x, valid):
        out, states = self.bi.unroll(self.steps, x, valid_length=valid, layout='NTC', merge_outputs=self.merge)
        return (out if self.merge else F.stack(*out, axis=1)), states


mx.random.seed(11)
for steps in (1, 3):
    for hybrid in (False, True):
        net = BiLSTM(2, steps, True)
        net.initialize(mx.init.Uniform(0.5))
        if hybrid:
            net.hybridize()
        x = mx.nd.arange(4 * steps * 3).reshape((4, steps, 3)) / 20
        valid = mx.nd.array([steps, 1, max(steps - 1, 1), steps])
        out, states = net(x, valid)
        print(steps, hybrid, out.shape, np.round(out.asnumpy(), 4).tolist())
        print([np.round(s.asnumpy(), 4).tolist() for s in states])
