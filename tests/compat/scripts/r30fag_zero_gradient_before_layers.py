"""A second order through a zero-gradient op (floor, fix, comparison, BlockGrad, stop_gradient) over a layer whose backward runs on zeros (LeakyReLU, Activation, where): MXNet keeps that backward in the gradient graph, and its missing second order fails."""
# recorded on AVX2
import mxnet as mx
from mxnet import nd, autograd as ag


def elu(v):
    return nd.LeakyReLU(v, act_type='elu')


cases = {'negative((elu(x) == x) * w)': lambda x, w: nd.negative((elu(x) == x) * w),
         '(sin(x) == x) * w': lambda x, w: (nd.sin(x) == x) * w,
         '(elu(x) > 0) * w': lambda x, w: (elu(x) > 0) * w,
         'fix(softrelu(expm1(0.2 x))) * w': lambda x, w: nd.fix(nd.Activation(nd.expm1(x * 0.2), act_type='softrelu')) * w,
         'floor(softrelu(x))': lambda x, w: nd.floor(nd.Activation(x, act_type='softrelu')),
         'floor(sin(x)) * w': lambda x, w: nd.floor(nd.sin(x)) * w,
         'floor(erf(x)) * w': lambda x, w: nd.floor(nd.erf(x)) * w,
         'floor(elu(x)) + x': lambda x, w: nd.floor(elu(x)) + x,
         'norm(fix(where(x > 0, x, w)) * w)': lambda x, w: nd.norm(nd.fix(nd.where(x > 0, x, w)) * w),
         'norm(fix(elu(cosh(0.5 x))) * w)': lambda x, w: nd.norm(nd.fix(elu(nd.cosh(x * 0.5))) * w),
         'BlockGrad(elu(x)) * w': lambda x, w: nd.BlockGrad(elu(x)) * w,
         'stop_gradient(elu(x)) + x*x': lambda x, w: nd.stop_gradient(elu(x)) + x * x,
         'floor(elu(x)) + x*x': lambda x, w: nd.floor(elu(x)) + x * x,
         'floor(sin(x) * x) + x*x': lambda x, w: nd.floor(nd.sin(x) * x) + x * x,
         'round(softmax(x)) + x*x': lambda x, w: nd.round(nd.softmax(x)) + x * x}
for name, f in cases.items():
    x = nd.array([[0.5, -1.3], [0.7, 1.9]])
    w = nd.array([[0.2, 0.4], [-0.6, 1.1]])
    x.attach_grad()
    try:
        with ag.record():
            y = f(x, w)
            g = ag.grad(y, [x], create_graph=True, retain_graph=True)[0]
        print(name, g.asnumpy().tolist())
        g.backward()
        print("   ", x.grad.asnumpy().tolist())
    except mx.base.MXNetError as e:
        print("   ", type(e).__name__, str(e).strip().splitlines()[-1])
    x = nd.array([[0.5, -1.3], [0.7, 1.9]])
    x.attach_grad()
    try:
        with ag.record():
            y = f(x, w)
        y.backward()
        print("    first order", x.grad.asnumpy().tolist())
    except mx.base.MXNetError as e:
        print("    first order", type(e).__name__, str(e).strip().splitlines()[-1])
