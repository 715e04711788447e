"""autograd.Function.backward gets its output gradients as legacy NDArrays out of any graph (mx.np outputs, backward, grad, grad with create_graph), as MXNet hands them."""
import mxnet as mx
from mxnet import autograd as ag, nd, np, npx
from _words import words


class Triple(ag.Function):
    def forward(self, x):
        return x * 3

    def backward(self, dy):
        print('  backward gets', type(dy).__name__, 'recording', ag.is_recording())
        return dy * 3


for np_mode in [False, True]:
    if np_mode:
        npx.set_np()
    for mode in ['backward', 'grad', 'grad_create']:
        for kind, mod in [('np', np), ('nd', nd)]:
            if np_mode and kind == 'nd':
                continue
            print('np mode' if np_mode else 'legacy mode', mode, kind)
            x = mod.array([1., 2.])
            x.attach_grad()
            with ag.record():
                y = Triple()(x)
                if mode == 'grad_create':
                    g = ag.grad(y, [x], create_graph=True)[0]
            if mode == 'backward':
                y.backward()
                g = x.grad
            elif mode == 'grad':
                g = ag.grad(y, [x])[0]
            print('  ->', type(g).__name__, g.asnumpy().tolist())
            if mode == 'grad_create':
                try:
                    g.backward()
                    print('  second order', x.grad.asnumpy().tolist())
                except Exception as e:
                    print('  second order', words(e))
