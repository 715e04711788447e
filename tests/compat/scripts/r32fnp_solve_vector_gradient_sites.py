"""np.linalg.solve's backward of a vector right-hand side fails at MXNet's gemm and batch checks, with their source lines."""
# recorded on AVX2
import mxnet as mx
from mxnet import np, npx, autograd
npx.set_np()

a = np.array([[4., 1., 0.], [1., 3., 1.], [0., 1., 2.]])
for x, b in [(a, np.ones(3)), (np.stack([a, a]), np.ones((2, 3))), (np.array([[2.]]), np.ones(1))]:
    x.attach_grad()
    try:
        with autograd.record():
            r = np.linalg.solve(x, b)
        r.backward()
        print(x.grad)
    except mx.MXNetError as e:
        print('\n'.join(str(e).splitlines()[:3]))
