import mxnet as mx, numpy as np
nd = mx.nd
rng = np.random.RandomState(0)
x = rng.randn(2,3,4,4).astype('float32'); g = rng.rand(3).astype('float32'); b = rng.randn(3).astype('float32')
def run(op, **kw):
    xa, ga, ba = nd.array(x), nd.array(g), nd.array(b); mm, mv = nd.array([0.1,0.2,0.3]), nd.array([1.,2.,3.])
    for a in (xa, ga, ba): a.attach_grad()
    with mx.autograd.record():
        y = op(xa, ga, ba, mm, mv, **kw)
    y.backward(nd.array(np.linspace(-1,1,y.size).reshape(y.shape)))
    for a in (y, xa.grad, ga.grad, ba.grad, mm, mv):
        print(a.asnumpy().astype('float64').round(5).ravel()[::5].tolist())
run(nd.contrib.BatchNormWithReLU, fix_gamma=False)
run(nd.contrib.BatchNormWithReLU)
run(nd.contrib.SyncBatchNorm, fix_gamma=False, key='a')
y = nd.contrib.BatchNormWithReLU(nd.array(x), nd.array(g), nd.array(b), nd.zeros(3), nd.ones(3), fix_gamma=False)
print(y.asnumpy().round(5).ravel()[::7].tolist())
s = mx.sym.contrib.BatchNormWithReLU(name='r'); print(s.list_arguments(), s.list_auxiliary_states(), s.list_outputs())
s = mx.sym.contrib.SyncBatchNorm(name='s', key='k', output_mean_var=True); print(s.list_arguments(), s.list_auxiliary_states(), s.list_outputs())
print(s.infer_shape(s_data=(2, 5, 3)))
