"""ROIAlign, ROIPooling, BilinearSampler and Correlation under an 'add' gradient request: their kernels add each term into the buffer, bit for bit (autograd and graph, float16/32/64)."""
# recorded on AVX2
import numpy as np
import mxnet as mx
from mxnet import nd, sym, autograd

ROIS = [[0, 1.0, 0.5, 9.0, 7.5], [1, 2.2, 1.1, 14.0, 13.0], [0, 0.0, 0.0, 3.0, 5.0]]
CASES = [
    ("ROIAlign", lambda a, b: nd.contrib.ROIAlign(a, b, pooled_size=(2, 3), spatial_scale=0.5, sample_ratio=2),
     lambda a, b: sym.contrib.ROIAlign(a, b, pooled_size=(2, 3), spatial_scale=0.5, sample_ratio=2),
     (2, 3, 7, 8), lambda dt: np.array(ROIS)),
    ("ROIAlign aligned", lambda a, b: nd.contrib.ROIAlign(a, b, pooled_size=(2, 2), spatial_scale=0.5, aligned=True),
     lambda a, b: sym.contrib.ROIAlign(a, b, pooled_size=(2, 2), spatial_scale=0.5, aligned=True),
     (2, 3, 7, 8), lambda dt: np.array(ROIS)),
    ("ROIPooling", lambda a, b: nd.ROIPooling(a, b, pooled_size=(3, 2), spatial_scale=0.7),
     lambda a, b: sym.ROIPooling(a, b, pooled_size=(3, 2), spatial_scale=0.7),
     (2, 3, 7, 8), lambda dt: np.array(ROIS)),
    ("BilinearSampler", lambda a, b: nd.BilinearSampler(a, b), lambda a, b: sym.BilinearSampler(a, b),
     (2, 3, 4, 5), lambda dt: np.random.uniform(-1.2, 1.2, (2, 2, 3, 3))),
    ("Correlation", lambda a, b: nd.Correlation(a, b, kernel_size=3, max_displacement=1, pad_size=2),
     lambda a, b: sym.Correlation(a, b, kernel_size=3, max_displacement=1, pad_size=2),
     (2, 3, 6, 6), lambda dt: np.random.uniform(-1, 1, (2, 3, 6, 6))),
    ("Correlation abs", lambda a, b: nd.Correlation(a, b, max_displacement=2, is_multiply=False),
     lambda a, b: sym.Correlation(a, b, max_displacement=2, is_multiply=False),
     (2, 3, 6, 6), lambda dt: np.random.uniform(-1, 1, (2, 3, 6, 6))),
]
np.random.seed(0)
for name, f, s, shape, second in CASES:
    for dt in ("float32", "float64", "float16"):
        a0 = np.random.uniform(-1, 1, shape)
        b0 = second(dt)
        ga0, gb0 = np.random.uniform(-1, 1, a0.shape), np.random.uniform(-1, 1, b0.shape)
        a, b = nd.array(a0, dtype=dt), nd.array(b0, dtype=dt)
        a.attach_grad(grad_req="add")
        b.attach_grad(grad_req="add")
        a.grad[:] = ga0
        b.grad[:] = gb0
        with autograd.record():
            y = f(a, b)
        head = nd.array(np.random.uniform(-1, 1, y.shape), dtype=dt)
        y.backward(head)
        print(name, dt, "autograd", a.grad.asnumpy().ravel()[:10].tolist(), b.grad.asnumpy().ravel()[:6].tolist())
        grads = {"a": nd.array(ga0, dtype=dt), "b": nd.array(gb0, dtype=dt)}
        ex = s(sym.var("a"), sym.var("b")).bind(mx.cpu(), {"a": nd.array(a0, dtype=dt), "b": nd.array(b0, dtype=dt)},
                                                 args_grad=grads, grad_req="add")
        ex.forward(is_train=True)
        ex.backward([head])
        print(name, dt, "graph", grads["a"].asnumpy().ravel()[:10].tolist(), grads["b"].asnumpy().ravel()[:6].tolist())
        print(name, dt, "same", bool((grads["a"].asnumpy() == a.grad.asnumpy()).all()))
