"""grad_req 'add' straight under mx.np's flip, fliplr, flipud and turning rot90 is overwritten by their backward kernels; moveaxis's refuses it when the gradient is read; a whole-turn rot90 adds."""
# recorded on AVX2
import mxnet as mx
from mxnet import np, npx, autograd as ag
npx.set_np()

for name, f in {'flip axis 1': lambda x: np.flip(x, 1), 'flip': np.flip, 'fliplr': np.fliplr, 'flipud': np.flipud,
                'rot90': np.rot90, 'rot90 k=2': lambda x: np.rot90(x, 2), 'rot90 k=0': lambda x: np.rot90(x, 0),
                'rot90 k=4': lambda x: np.rot90(x, 4), 'moveaxis': lambda x: np.moveaxis(x, 0, 1),
                'flip * 2': lambda x: np.flip(x, 1) * 2, 'flip + x': lambda x: np.flip(x, 1) + x}.items():
    for req in ('add', 'write'):
        x = np.array([[0.2, 0.9], [0.5, 0.7]])
        x.attach_grad(grad_req=req)
        try:
            for _ in range(2):
                with ag.record():
                    y = f(x)
                y.backward(np.array([[1., 2.], [3., 4.]]))
            print(name, req, x.grad.tolist())
        except mx.base.MXNetError as e:
            print(name, req, " | ".join(line.strip() for line in str(e).strip().splitlines()))
