"""Backward passes over mx.np arithmetic take MXNet's temp space copies as its _npi_ operators' backwards ask (x + y, x * y, x * 2, x + 1, -x, exp, abs, square, dot, matmul, npx.relu and npx.sigmoid one; 1 - x, x ** 2, log, sum, mean, sqrt, tanh, softmax, reshape, x.T none; one more per gradient summed), as MXNet does."""
# recorded on AMD AVX2
import mxnet as mx
from mxnet import nd, autograd
np = mx.np
bad = nd.array([[-1., 0], [0, 1]])


def first_fail():
    for k in range(6):
        try:
            nd.random.uniform(shape=(2,)).asnumpy()
        except mx.base.MXNetError:
            return k
    return None


def settle():
    try:
        nd.waitall()
    except mx.base.MXNetError:
        pass
    for _ in range(4):
        try:
            nd.random.uniform(shape=(2,)).asnumpy()
        except mx.base.MXNetError:
            pass


x = np.array([[0.5, 0.25], [0.75, 0.125]])
x.attach_grad()
y = np.array([[1.5, 2.25], [0.5, 1.125]])
y.attach_grad()
for name, f in [('x+y', lambda: x + y), ('x*y', lambda: x * y), ('x-y', lambda: x - y), ('x/y', lambda: x / y), ('x*2', lambda: x * 2),
                ('x+1', lambda: x + 1), ('1-x', lambda: 1 - x), ('x**2', lambda: x ** 2), ('-x', lambda: -x), ('exp', lambda: np.exp(x)),
                ('log', lambda: np.log(x)), ('sum', lambda: np.sum(x)), ('mean', lambda: np.mean(x)), ('dot', lambda: np.dot(x, y)),
                ('matmul', lambda: np.matmul(x, y)), ('maximum', lambda: np.maximum(x, y)), ('sqrt', lambda: np.sqrt(x)),
                ('tanh', lambda: np.tanh(x)), ('relu', lambda: mx.npx.relu(x)), ('sigmoid', lambda: mx.npx.sigmoid(x)),
                ('softmax', lambda: mx.npx.softmax(x)), ('reshape', lambda: x.reshape(4)), ('x.T', lambda: x.T), ('x[0]', lambda: x[0]),
                ('concat', lambda: np.concatenate([x, y])), ('abs', lambda: np.abs(x)), ('square', lambda: np.square(x)), ('x*x', lambda: x * x)]:
    with autograd.record():
        z = f()
    z.wait_to_read()
    fail = nd.linalg.potrf(bad) + 1
    z.backward()
    print(name, first_fail())
    settle()
