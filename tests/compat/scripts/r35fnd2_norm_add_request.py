"""LayerNorm and GroupNorm data gradients with grad_req='add' over two backwards: MXNet's kernel adds the gradient's two steps into the buffer one after the other (last bits differ from adding the finished gradient)."""
# recorded on AVX2
import numpy as np

from mxnet import autograd, nd

rs = np.random.RandomState(0)


def added(f, shape, dtype):
    x = nd.array(rs.uniform(-2, 2, shape), dtype=dtype)
    x.attach_grad(grad_req="add")
    for _ in range(2):
        with autograd.record():
            y = f(x)
        y.backward(nd.array(rs.uniform(-1, 1, y.shape), dtype=dtype))
    return x.grad.asnumpy()


for dtype in ("float32", "float64"):
    g4 = nd.array(rs.uniform(0.5, 1.5, (4,)), dtype=dtype)
    b4 = nd.array(rs.uniform(-1, 1, (4,)), dtype=dtype)
    g3 = nd.array(rs.uniform(0.5, 1.5, (3,)), dtype=dtype)
    b3 = nd.array(rs.uniform(-1, 1, (3,)), dtype=dtype)
    g2 = nd.array(rs.uniform(0.5, 1.5, (2,)), dtype=dtype)
    b2 = nd.array(rs.uniform(-1, 1, (2,)), dtype=dtype)
    cases = [("LayerNorm last axis", lambda x: nd.LayerNorm(x, g4, b4), (3, 5, 4)),
             ("LayerNorm axis 1", lambda x: nd.LayerNorm(x, g3, b3, axis=1), (2, 3, 4)),
             ("LayerNorm output_mean_var", lambda x: nd.LayerNorm(x, g4, b4, output_mean_var=True)[0], (6, 4)),
             ("GroupNorm", lambda x: nd.GroupNorm(x, g2, b2, num_groups=2), (2, 4, 3))]
    for name, f, shape in cases:
        grad = added(f, shape, dtype)
        print(name, dtype, grad.dtype, grad.shape)
        print(" ", [float.hex(float(v)) for v in grad.ravel()])
