"""npx.nonzero under autograd.record is recorded with a zero gradient: backward through it works and gives zeros."""
# recorded on AVX2
import mxnet as mx
from mxnet import np, npx, autograd
npx.set_np()

for x in [np.array([[0.5, 0., -1.], [0., 2., 0.]]), np.array([0., 3.]), np.array(2.), np.zeros((2, 0))]:
    x.attach_grad()
    with autograd.record():
        y = npx.nonzero(x)
    print(y.dtype, y.shape, y.tolist())
    y.backward()
    print(x.grad)
x = np.array([[0.5, 0., -1.], [0., 2., 0.]])
x.attach_grad()
with autograd.record():
    z = x * npx.nonzero(x).sum().astype('float32')
z.backward()
print(z, x.grad)
