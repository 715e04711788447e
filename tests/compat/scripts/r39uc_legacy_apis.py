"""Old user APIs still in MXNet 1.9.1 (NumpyOp, NDArrayOp, contrib.autograd sections, FeedForward fit/predict/score, contrib isfinite/isnan/isinf) give MXNet results."""
# recorded on AVX2
import mxnet as mx, numpy as np
def tryit(lbl, f):
    try:
        r = f()
        if isinstance(r, mx.nd.NDArray): r = r.asnumpy().tolist()
        print(lbl, 'ok', r)
    except Exception as e: print(lbl, type(e).__name__, '|', [l for l in str(e).split('\n') if l.strip()][-1][:250] if str(e).strip() else '')
print(hasattr(mx.model, 'FeedForward'), hasattr(mx.operator, 'NumpyOp'), hasattr(mx.operator, 'NDArrayOp'), hasattr(mx.operator, 'PythonOp'))
class NS(mx.operator.NumpyOp):
    def __init__(self): super(NS, self).__init__(False)
    def list_arguments(self): return ['data', 'label']
    def list_outputs(self): return ['output']
    def infer_shape(self, in_shape): return [in_shape[0], (in_shape[0][0],)], [in_shape[0]]
    def forward(self, in_data, out_data):
        x = in_data[0]; y = out_data[0]
        y[:] = np.exp(x - x.max(axis=1).reshape((x.shape[0], 1))); y /= y.sum(axis=1).reshape((x.shape[0], 1))
    def backward(self, out_grad, in_data, out_data, in_grad):
        l = in_data[1].astype('int'); y = out_data[0]; dx = in_grad[0]
        dx[:] = y; dx[np.arange(l.shape[0]), l] -= 1.0
def numpyop():
    op = NS()
    s = op(data=mx.sym.FullyConnected(mx.sym.var('data'), num_hidden=3, name='fc'), label=mx.sym.var('label'), name='ns')
    ex = s.simple_bind(mx.cpu(), data=(2, 4), label=(2,))
    for k, v in ex.arg_dict.items(): v[:] = 0.1 if k != 'label' else 1
    ex.forward(is_train=True); ex.backward()
    return ex.outputs[0].asnumpy().tolist(), ex.grad_dict['fc_weight'].asnumpy()[0].tolist()
tryit('numpyop', numpyop)
class NDS(mx.operator.NDArrayOp):
    def __init__(self): super(NDS, self).__init__(True)
    def list_arguments(self): return ['data']
    def list_outputs(self): return ['output']
    def infer_shape(self, in_shape): return in_shape, in_shape
    def forward(self, in_data, out_data): out_data[0][:] = in_data[0] * 3
    def backward(self, out_grad, in_data, out_data, in_grad): in_grad[0][:] = out_grad[0] * 3
def ndop():
    s = NDS()(data=mx.sym.var('x'), name='nds')
    ex = s.simple_bind(mx.cpu(), x=(2,)); ex.arg_dict['x'][:] = 2
    ex.forward(is_train=True); ex.backward([mx.nd.ones(2)])
    return ex.outputs[0].asnumpy().tolist(), ex.grad_dict['x'].asnumpy().tolist()
tryit('ndarrayop', ndop)
from mxnet.contrib import autograd as cag
def oldag():
    x = mx.nd.array([1., 2.]); g = mx.nd.zeros(2)
    cag.mark_variables([x], [g])
    with cag.train_section():
        y = x * x
    cag.compute_gradient([y])
    return g.asnumpy().tolist()
tryit('contrib autograd', oldag)
tryit('contrib grad_and_loss', lambda: [a.asnumpy().tolist() if hasattr(a, 'asnumpy') else [b.asnumpy().tolist() for b in a] for a in cag.grad_and_loss(lambda a: a * a * 3)(mx.nd.array([1., 2.]))])
tryit('contrib test_section', lambda: (lambda c: (c.__enter__(), c.__exit__(None, None, None)))(cag.test_section()) and 'x')
def ff():
    np.random.seed(0); mx.random.seed(0)
    X = np.random.uniform(size=(8, 3)).astype('float32'); Y = (X.sum(1) > 1.5).astype('float32')
    s = mx.sym.SoftmaxOutput(mx.sym.FullyConnected(mx.sym.var('data'), num_hidden=2, name='fc'), name='softmax')
    m = mx.model.FeedForward(s, num_epoch=2, learning_rate=0.1, numpy_batch_size=4, initializer=mx.init.One())
    m.fit(X, Y)
    return m.predict(X)[:2].tolist(), m.arg_params['fc_weight'].asnumpy().tolist(), m.score(mx.io.NDArrayIter(X, Y, 4))
tryit('feedforward', ff)
tryit('isfinite', lambda: mx.nd.contrib.isfinite(mx.nd.array([1, np.inf, np.nan])))
tryit('isnan', lambda: mx.nd.contrib.isnan(mx.nd.array([1, np.inf, np.nan])))
tryit('isinf', lambda: mx.nd.contrib.isinf(mx.nd.array([1, -np.inf, np.nan])))
