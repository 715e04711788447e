"""mx.np.cumsum's backward writes a variable's gradient whatever its grad_req ('add' as 'write'), as MXNet's kernel; other mx.np ops add."""
# recorded on AVX2
import mxnet as mx
from mxnet import np, npx, autograd as ag
npx.set_np()

for name, f in {'cumsum axis=1': lambda x: np.cumsum(x, axis=1), 'cumsum': lambda x: np.cumsum(x),
                'cumsum + x': lambda x: np.cumsum(x, axis=0) + x, 'flip': lambda x: np.flip(x, 0) * x,
                'sin': np.sin}.items():
    for req in ('add', 'write'):
        x = np.array([[0.2, 0.9], [0.5, 0.7]])
        x.attach_grad(grad_req=req)
        for _ in range(2):
            with ag.record():
                y = f(x)
            y.backward()
        print(name, req, x.grad.tolist())
