# autograd.Function under npx.set_np: its backward gets legacy gradients, and a returned mx.np array cannot be
# written into an input's legacy gradient buffer (MXNet's callback fails; an 'add' variable is left alone)
# recorded on AVX2
import contextlib
import io
import mxnet as mx
from mxnet import autograd, np, npx
from _words import words
npx.set_np()


def make(kind):
    class F(autograd.Function):
        def forward(self, x):
            self.save_for_backward(x)
            return np.tanh(x) if kind != 'two' else (np.tanh(x), np.exp(x))

        def backward(self, *dys):
            x, = self.saved_tensors
            print('  gets', [type(d).__name__ for d in dys])
            if kind == 'ones':
                return np.ones_like(x)
            if kind == 'scaled':
                return x * 2
            if kind == 'legacy':
                return dys[0] * 2
            return dys[0] + dys[1]
    return F()


for kind in ['ones', 'scaled', 'legacy', 'two']:
    for req in ['write', 'add']:
        for through in [False, True]:
            x = np.array([-1.5, 0.3, 0.2])
            x.attach_grad(req)
            f = make(kind)
            with autograd.record():
                out = f(x * 1 if through else x)
                out = out if kind != 'two' else out[0] + out[1]
            trace = io.StringIO()
            with contextlib.redirect_stdout(trace):
                try:
                    out.backward()
                    got = x.grad.tolist()
                except Exception as e:
                    got = words(e)
            lines = trace.getvalue().splitlines()        # (MXNet's failure repeats its TypeError in a chain)
            print(kind, req, through, got, sorted({s for s in lines if s.startswith(('  gets', 'TypeError'))}))
