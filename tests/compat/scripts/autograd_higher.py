# grad(create_graph=True) then backward: values, and errors where the gradient's gradient is missing
import warnings
warnings.simplefilter('ignore')
import mxnet as mx
from mxnet import autograd, nd
import numpy as np
x0 = nd.array([[0.5, 0.7], [0.3, 0.4]])
w0 = nd.array([[0.2, -0.1], [0.6, 0.3]])
un = ['sin','cos','tan','sinh','cosh','tanh','arcsin','arccos','arctan','arcsinh','arccosh','arctanh','log','log2','log10','log1p','exp','expm1','sqrt','rsqrt','cbrt','rcbrt','square','reciprocal','abs','sigmoid','relu','softsign','negative','erf','erfinv','gamma','gammaln','degrees','radians','sign','round','floor','ceil','fix','trunc','rint']
fs = {k: (lambda k: lambda x, w: getattr(nd, k)(x))(k) for k in un}
fs.update({
 'mul': lambda x, w: x * w, 'mulself': lambda x, w: x * x, 'add': lambda x, w: x + w, 'sub': lambda x, w: x - w, 'div': lambda x, w: x / w,
 'elemwise_mul': lambda x, w: nd.elemwise_mul(x, w), 'elemwise_div': lambda x, w: nd.elemwise_div(x, w), 'elemwise_add': lambda x, w: nd.elemwise_add(x, w),
 'pow': lambda x, w: x ** 2, 'rpow': lambda x, w: 2 ** x, 'bpow': lambda x, w: nd.broadcast_power(x, w), 'divc': lambda x, w: x / 2, 'rdivc': lambda x, w: 1 / x,
 'maximum': lambda x, w: nd.maximum(x, w), 'minimum': lambda x, w: nd.minimum(x, w), 'hypot': lambda x, w: nd.hypot(x, w),
 'dot': lambda x, w: nd.dot(x, w), 'batch_dot': lambda x, w: nd.batch_dot(x.expand_dims(0), w.expand_dims(0)),
 'fc': lambda x, w: nd.FullyConnected(x, w, num_hidden=2, no_bias=True),
 'sum': lambda x, w: nd.sum(x * w, axis=1), 'mean': lambda x, w: nd.mean(x * w), 'norm': lambda x, w: nd.norm(x),
 'reshape': lambda x, w: nd.reshape(nd.sin(x), (4,)), 'transpose': lambda x, w: nd.transpose(nd.sin(x)),
 'softmax': lambda x, w: nd.softmax(x), 'log_softmax': lambda x, w: nd.log_softmax(x),
 'act_relu': lambda x, w: nd.Activation(x, act_type='relu'), 'act_sigmoid': lambda x, w: nd.Activation(x, act_type='sigmoid'),
 'act_tanh': lambda x, w: nd.Activation(x, act_type='tanh'), 'act_softrelu': lambda x, w: nd.Activation(x, act_type='softrelu'),
 'leaky': lambda x, w: nd.LeakyReLU(x, slope=0.1), 'elu': lambda x, w: nd.LeakyReLU(x, act_type='elu'),
 'clip': lambda x, w: nd.clip(x, 0.35, 0.6), 'smooth_l1': lambda x, w: nd.smooth_l1(x), 'where': lambda x, w: nd.where(x > 0.4, x * x, x),
 'slice': lambda x, w: nd.sin(x)[0], 'concat': lambda x, w: nd.concat(nd.sin(x), x, dim=0), 'expand_dims': lambda x, w: nd.sin(x).expand_dims(0),
 'broadcast_to': lambda x, w: nd.sin(x[0:1]).broadcast_to((3, 2)), 'tile': lambda x, w: nd.tile(nd.sin(x), (2, 1)),
 'sin_mul': lambda x, w: nd.sin(x) * 3, 'sin_add': lambda x, w: nd.sin(x) + 3, 'sin_sum': lambda x, w: nd.sin(x).sum(),
 'copy': lambda x, w: nd.sin(x).copy(), 'identity': lambda x, w: nd.identity(nd.sin(x)),
})
for k in ['sin', 'cos', 'tan', 'sinh', 'cosh', 'tanh', 'arcsin', 'arccos', 'arctan', 'arccosh', 'arctanh', 'log', 'log2', 'log10', 'log1p', 'exp', 'expm1', 'sqrt', 'rsqrt', 'cbrt', 'rcbrt', 'square', 'reciprocal', 'abs', 'sigmoid', 'relu', 'radians', 'round', 'floor', 'ceil', 'fix', 'trunc', 'rint', 'gamma', 'gammaln', 'fc', 'clip', 'dot', 'batch_dot', 'where', 'slice', 'broadcast_to', 'act_softrelu', 'transpose', 'sin_add', 'identity', 'add', 'sub', 'negative', 'divc', 'elemwise_add']:
    f = fs[k]
    x = x0.copy(); x.attach_grad(); w = w0.copy(); w.attach_grad()
    try:
        with autograd.record():
            y = f(x, w)
            g = autograd.grad(y, [x], create_graph=True)[0]
        g.backward()
        print(k, 'ok', np.round(x.grad.asnumpy(), 4).tolist())
    except Exception as e:
        msg = str(e).strip().splitlines()[-1]
        print(k, type(e).__name__)
