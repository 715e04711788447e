"""Which calls take one of MXNet's four CPU temp space copies decides which later operator meets a failed kernel's error it holds: elementwise _plus/_minus/_mul/_maximum/_minimum/_hypot, every array-and-number operator (in place too, and -x), nd.reshape, min, nanprod, slicing what is no contiguous block and gathering take one; broadcasting arithmetic, x.reshape and views do not; mx.np's add/subtract/multiply/mod/power take one (divide, maximum and comparisons of two arrays do not, comparisons with a number do), as do its reductions, matmul, flip, roll, expand_dims, split, take and sort, as MXNet does."""
# recorded on AMD AVX2
import mxnet as mx
from mxnet import gluon, nd

from _temp_space import first_failing_draw, settle

bad = nd.array([[-1., 0], [0, 1]])
a = nd.arange(4).reshape(2, 2) + 1
b = nd.ones((2, 2))
r = nd.ones((1, 2))
na, nb, nr = a.as_np_ndarray(), b.as_np_ndarray(), r.as_np_ndarray()
np, I = mx.np, nd._internal


def hybrid(body, *xs):
    block = gluon.nn.HybridLambda(body)
    block.hybridize()
    return lambda: block(*xs)


cases = [
    ('nothing', lambda: None),
    ('a + b', lambda: a + b), ('a * r', lambda: a * r), ('a / b', lambda: a / b), ('a == b', lambda: a == b),
    ('elemwise_add', lambda: nd.elemwise_add(a, b)), ('elemwise_div', lambda: nd.elemwise_div(a, b)),
    ('_plus', lambda: I._plus(a, b)), ('_minus', lambda: I._minus(a, b)), ('_mul', lambda: I._mul(a, b)),
    ('_maximum', lambda: I._maximum(a, b)), ('_hypot', lambda: I._hypot(a, b)), ('_power', lambda: I._power(a, b)),
    ('_grad_add', lambda: I._grad_add(a, b)), ('broadcast_maximum', lambda: nd.maximum(a, b)),
    ('a + 1', lambda: a + 1), ('a * 2', lambda: a * 2), ('a ** 2', lambda: a ** 2), ('a > 1', lambda: a > 1),
    ('2 / a', lambda: 2 / a), ('-a', lambda: -a), ('a += 1', lambda: a.__iadd__(1)), ('a += b', lambda: a.__iadd__(b)),
    ('nd.reshape', lambda: nd.reshape(a, (4,))), ('nd.Reshape', lambda: nd.Reshape(a, shape=(4,))),
    ('a.reshape', lambda: a.reshape((4,))), ('a.reshape_like', lambda: a.reshape_like(b)),
    ('min', lambda: nd.min(a)), ('a.min', lambda: a.min()), ('nanprod', lambda: nd.nanprod(a)),
    ('argmin', lambda: nd.argmin(a, axis=0)),
    ('a[0]', lambda: a[0]), ('a[1, 1]', lambda: a[1, 1]), ('a[:, 1]', lambda: a[:, 1]), ('a[:, 0:1]', lambda: a[:, 0:1]),
    ('a[[0]]', lambda: a[[0]]), ('a[:, [0]]', lambda: a[:, [0]]),
    ('np a + b', lambda: na + nb), ('np a - r', lambda: na - nr), ('np a * b', lambda: na * nb),
    ('np a % b', lambda: na % nb), ('np a ** b', lambda: na ** nb), ('np a / b', lambda: na / nb),
    ('np a / 2', lambda: na / 2), ('np maximum', lambda: np.maximum(na, nb)), ('np a < b', lambda: na < nb),
    ('np a == 1', lambda: na == 1), ('np 1 < a', lambda: 1 < na), ('np -a', lambda: -na),
    ('np negative', lambda: np.negative(na)), ('np log', lambda: np.log(na)),
    ('np min', lambda: np.min(na)), ('np mean', lambda: np.mean(na)), ('np std', lambda: np.std(na)),
    ('np argmax', lambda: np.argmax(na)), ('np matmul', lambda: np.matmul(na, nb)), ('np where', lambda: np.where(na, na, nb)),
    ('np a[:, 1]', lambda: na[:, 1]), ('np a[0]', lambda: na[0]), ('np expand_dims', lambda: np.expand_dims(na, 0)),
    ('np transpose', lambda: na.T), ('np flip', lambda: np.flip(na, 0)), ('np roll', lambda: np.roll(na, 1)),
    ('np split', lambda: np.split(na, 2)), ('np take', lambda: np.take(na, np.array([0, 1]))),
    ('np sort', lambda: np.sort(na)), ('np tile', lambda: np.tile(na, 2)), ('np outer', lambda: np.outer(na, nb)),
    ('np norm', lambda: np.linalg.norm(na)),
    ('hybridized x + y', hybrid(lambda F, x, y: x + y, a, b)), ('hybridized x / y', hybrid(lambda F, x, y: x / y, a, b)),
    ('hybridized maximum', hybrid(lambda F, x, y: F.maximum(x, y), a, b)),
    ('hybridized broadcast_add', hybrid(lambda F, x, y: F.broadcast_add(x, y), a, b)),
    ('hybridized min', hybrid(lambda F, x: F.min(x), a)),
    ('hybridized np x + y', hybrid(lambda F, x, y: x + y, na, nb)),
    ('hybridized np x + 1', hybrid(lambda F, x: x + 1, na)),
]
for name, call in cases:
    y = nd.linalg.potrf(bad) + 1
    call()
    print(name, first_failing_draw())
    settle()

# a copy holding the error reaches the in-place operator of an array and a number: the array keeps its data
c = nd.array([1., 2.])
y = nd.linalg.potrf(bad) + 1
for k in range(3):
    nd.random.uniform(shape=(2,))
c += 1
try:
    print('c after += 1', c.asnumpy().tolist())
except mx.base.MXNetError as e:
    print('c after += 1', str(e).strip().splitlines()[-1])
print('c read again', c.asnumpy().tolist())
settle()
# ... and a comparison of an mx.np array and a number
d = np.array([1., 2.])
y = nd.linalg.potrf(bad) + 1
for k in range(3):
    nd.random.uniform(shape=(2,))
e = d > 1
try:
    print('d > 1', e.asnumpy().tolist())
except mx.base.MXNetError as err:
    print('d > 1', str(err).strip().splitlines()[-1])
settle()
