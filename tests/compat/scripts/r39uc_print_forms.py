"""NDArray printing under user numpy printoptions (precision, threshold, linewidth), sparse arrays, ParameterDict, Block.summary of conv and bidirectional LSTM nets, executor debug_str and Parameter reprs look as in MXNet."""
import mxnet as mx, numpy as np
from mxnet import nd, gluon
np.set_printoptions(precision=3, suppress=True)
print(nd.array([[1.23456, 1e-5], [123456.7, 2]]))
np.set_printoptions(threshold=5, edgeitems=1)
print(nd.arange(20).reshape((4, 5)))
print(nd.arange(12, dtype='int8'), nd.array([True, False], dtype='bool'), nd.ones((2, 3), dtype='float16') / 3)
np.set_printoptions(precision=8, threshold=1000, edgeitems=3, suppress=False, linewidth=40)
print(nd.random.uniform(shape=(2, 6)) * 0 + nd.array([1 / 3.]))
print(nd.array([np.nan, np.inf, -np.inf, 1e30, -0.0]))
print(nd.ones((1,)))
print(nd.sparse.csr_matrix(nd.array([[0, 1.5], [2, 0]])))
print(nd.sparse.row_sparse_array(nd.array([[0, 0], [2, 1]])))
net = gluon.nn.HybridSequential()
net.add(gluon.nn.Conv2D(3, 3), gluon.nn.BatchNorm(), gluon.rnn.LSTM(4) if False else gluon.nn.Dense(2))
net.initialize()
print(net.collect_params())
net.summary(nd.ones((1, 2, 5, 5)))
l = gluon.rnn.LSTM(3, num_layers=2, bidirectional=True); l.initialize()
l.summary(nd.ones((4, 2, 5)))
class D(gluon.Block):
    def __init__(self):
        super(D, self).__init__(); self.a = gluon.nn.Dense(2); self.b = gluon.nn.Dense(3)
    def forward(self, x): return {'o': self.a(x)}, [self.b(x), x]
d = D(); d.initialize()
try: d.summary(nd.ones((1, 4)))
except Exception as e: print(type(e).__name__, e)
ex = (mx.sym.var('a') * 2).simple_bind(mx.cpu(), a=(2,))
print(ex.debug_str().split('\n')[:6])
print(mx.sym.Group([mx.sym.var('a'), mx.sym.var('b') + 1]))
p = gluon.Parameter('w', shape=(2, 3), stype='row_sparse', grad_stype='row_sparse'); print(p)
p2 = gluon.Parameter('w2', shape=(0, 3), dtype='float16'); print(p2)
print(gluon.Constant('cc', nd.ones((2,))))
