# mx.np: mean into an 'add' gradient buffer (MXNet's kernel adds, then divides the whole buffer; average adds), and
# head gradients of another dtype or shape refused by backwards whose input gradient is NaN anyway (out of domain)
# recorded on AVX2
import re
import mxnet as mx
from mxnet import autograd, np, npx
from _words import words
npx.set_np()

for e in ["np.mean(x)", "x.mean()", "np.mean(x, axis=0)", "np.mean(x, axis=1, keepdims=True)", "np.mean(x, axis=(0, 1))",
          "x.mean(axis=-1)", "np.mean(x * 1)", "np.mean(x, dtype='float64')", "np.average(x)", "np.average(x, axis=0)",
          "np.sum(x)"]:
    for req in ['add', 'write']:
        x = np.array([[1., 2.], [3., 4.]])
        x.attach_grad(req)
        x.grad[:] = np.array([[0.4, 0.3], [1.3, 0.9]])
        rows = []
        for step in range(2):
            with autograd.record():
                out = eval(e)
            out.backward()
            rows.append(x.grad.tolist())
        print(e, req, rows)

FS = ["np.sqrt", "np.log", "np.arccosh", "np.arcsin", "np.log1p", "np.log2", "np.arctanh", "np.exp", "np.tanh"]
for f in FS:
    for values in ([0.1, 0.2, 0.3], [-2.0, -3.0, -4.0], [2.0, 3.0, 4.0]):
        for hdt, shape in [('float64', None), ('float16', None), ('float32', (7,)), ('float32', (2,))]:
            x = np.array(values)
            x.attach_grad()
            with autograd.record():
                out = eval(f)(x)
            hg = np.ones(out.shape if shape is None else shape, dtype=hdt)
            try:
                out.backward(hg)
                print(f, values[0], hdt, shape, x.grad.tolist())
            except Exception as e:
                print(f, values[0], hdt, shape, re.sub(r'node_\d+', 'node_N', words(e)))
