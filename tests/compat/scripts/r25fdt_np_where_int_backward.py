"""mx.np.where's backward over integer branches: MXNet's kernels refuse them (floats only); float branches
give their masked gradients, in the branch's dtype."""
# recorded on AVX2
import mxnet as mx
from mxnet import autograd, np, npx
from _words import words

npx.set_np()
FORMS = ['where(c, a, a)', 'where(c, a, 0)', 'where(c, 1, a)', 'where(c, a, b)', 'where(c, b, a)',
         'where(c, a * 2, a)', 'where(a, a, b)']
for dt in ['int32', 'int64', 'int8', 'uint8', 'float16', 'float32', 'float64']:
    for form in FORMS:
        a = np.array([[3, 5], [1, 0]], dtype=dt)
        b = np.ones((2, 2), dtype=dt)
        a.attach_grad()
        try:
            with autograd.record():
                c = a > 1
                out = eval('np.' + form)
            out.backward()
            step = 'backward ran'
        except Exception as e:
            step = words(e)
        try:
            grad = (a.grad.dtype, a.grad.tolist())
        except Exception as e:
            grad = words(e)
        print(dt, form, '|', step, '|', grad)
