# backward with a head gradient of another shape (and dtype) than its head: the backwards refusing it at once
# (shapes checked before dtypes), and the copy of a gradient elemwise_add / add_n hand to a variable
# recorded on AVX2
import re
import mxnet as mx
from mxnet import autograd, nd
from _words import words

HEADS = ["nd.exp(x)", "x * 2", "x.sum()", "nd.log(x)", "x.reshape((-1,))", "nd.relu(x)", "nd.sum(x, axis=0)",
         "x + y", "x - y", "nd.maximum(x, y)", "nd.minimum(x, y)", "x ** y", "x % y", "nd.broadcast_hypot(x, y)",
         "nd.elemwise_sub(x, y)", "nd.elemwise_add(x, y)", "nd.add_n(x, y)", "nd.add_n(x, y, x)",
         "nd.ElementWiseSum(x, y)", "nd.elemwise_add(x, y * 1)"]
for dt in ['float32', 'float64']:
    for h in HEADS:
        for shape in ['same', (3, 3), (8,), (2, 4), (3,), (1,)]:
            for hdt in ['float32', 'float64', 'int32']:
                at_once = h.startswith(('nd.exp', 'nd.log', 'nd.relu', 'nd.elemwise_add(x, y)', 'nd.add_n', 'nd.Elem'))
                if shape != 'same' and not at_once:
                    continue        # (MXNet's flat-reading backwards read or write past one of another size)
                x = nd.array([[1., 2., 3.], [4., 5., 6.]], dtype=dt)
                y = nd.array([[3., 1., 2.], [5., 4., 7.]], dtype=dt)
                x.attach_grad()
                y.attach_grad()
                with autograd.record():
                    out = eval(h)
                hg = nd.arange(1, 1 + int(out.size if shape == 'same' else nd.ones(shape).size), dtype=hdt)
                hg = hg.reshape(out.shape if shape == 'same' else shape)
                try:
                    out.backward(hg)
                    got = [x.grad.asnumpy().ravel().tolist(), y.grad.asnumpy().ravel().tolist()]
                except Exception as e:
                    got = re.sub(r'node_\d+', 'node_N', words(e))
                print(dt, h, shape, hdt, got)
