"""gluon.contrib.rnn Conv LSTM/GRU cells, LSTMPCell and VariationalDropoutCell give MXNet outputs and gradients of inputs and parameters when unrolled, imperative and hybridized."""
import mxnet as mx
from mxnet import gluon, nd, autograd
import numpy as np
mx.random.seed(1); np.random.seed(1)
C = gluon.contrib.rnn
def grads(name, cell, shape, T=2, hyb=False):
    try:
        cell.initialize(mx.init.Uniform(0.3))
        if hyb: cell.hybridize()
        x = nd.array(np.random.randn(*((2,T)+shape))); x.attach_grad()
        with autograd.record():
            out, st = cell.unroll(T, x, layout='NTC', merge_outputs=True)
            s = (out*out).sum()
        s.backward()
        print(name, hyb, float(s.asscalar()), x.grad.asnumpy().sum(), [float(p.grad().sum().asscalar()) for p in cell.collect_params().values()])
    except Exception as e:
        print(name, hyb, 'ERR', type(e).__name__, str(e).split('\n')[0][:300])
for hyb in (False, True):
    grads('c2l', C.Conv2DLSTMCell((2,4,4), 3, (3,3), (3,3), i2h_pad=(1,1)), (2,4,4), hyb=hyb)
    grads('c1g', C.Conv1DGRUCell((2,5), 3, 3, 3, i2h_dilate=2, i2h_pad=2, conv_layout='NCW'), (2,5), hyb=hyb)
    grads('lstmp', C.LSTMPCell(5, 2, input_size=3), (3,), hyb=hyb)
    grads('vd', C.VariationalDropoutCell(gluon.rnn.GRUCell(4, input_size=3), drop_inputs=0.3, drop_states=0.4, drop_outputs=0.2), (3,), hyb=hyb)
