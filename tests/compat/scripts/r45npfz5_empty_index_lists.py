"""An empty index list or array beside integers, lists or slices in an mx.np key: MXNet stacks position arrays of different lengths, so a read of a non-empty result (or of a written array) fails in the stack kernel, an empty gather from an empty axis leaves an IndexError for waitall, and a slice before it fails its reshape."""
import mxnet as mx
from _words import words

mx.npx.set_np()
np = mx.np


def show(label, fn):
    try:
        r = fn()
        print(label, "->", r.shape, r.dtype, r.asnumpy().ravel().tolist()[:8])
    except Exception as e:
        print(label, "->", words(e))
    try:
        mx.nd.waitall()
    except Exception as e:
        print("   waitall ->", words(e))


KEYS = [([],), ([], 0), (0, []), (1, [], 2), ([], [], 0), ([], slice(None), 1), (Ellipsis, []), ([], []),
        (0, [], []), (np.array([], dtype='int32'), 1), (1, np.array([], dtype='int64')), ([], None, 1),
        (None, [], 1), ([], 1, None), (0, 1, []), (slice(None), [], 0), (slice(None), 0, []), ([], [0]),
        ([[]], 1), (1, [[]]), ([], Ellipsis, 2), (0, np.array([False, False, False])),
        (slice(1, None), np.array([], dtype='int32')), [], np.array([], dtype='int32')]

for key in KEYS:
    x = np.arange(24.).reshape(2, 3, 4)
    show(f"x[{key!r}]", lambda: x[key])

    def write(value):
        y = np.arange(24.).reshape(2, 3, 4)
        y[key] = value
        return y
    show(f"x[{key!r}] = 5", lambda: write(5))
    show(f"x[{key!r}] = ones((2, 1))", lambda: write(np.ones((2, 1))))

    def grad():
        y = np.arange(24.).reshape(2, 3, 4)
        y.attach_grad()
        with mx.autograd.record():
            z = (y[key] * 2).sum()
        z.backward()
        return y.grad
    show(f"grad x[{key!r}]", grad)

empty = np.zeros((0, 2))
for key in [[], np.array([], dtype='int64'), (None, np.array([], dtype='int32')), ([], np.array([], dtype='int32')),
            ([], 1)]:
    show(f"empty[{key!r}]", lambda: empty[key])
for data, index in [((0, 2), (1, 0)), ((2, 0), (1, 0)), ((2, 0), (2, 0)), ((3, 0, 2), (2, 1, 0)), ((3, 2), (2, 0))]:
    show(f"gather_nd {data} {index}", lambda: mx.nd.gather_nd(mx.nd.zeros(data), mx.nd.zeros(index)))
x = np.arange(4.).reshape(2, 2)
show("x[float positions, :] of (2, 0)", lambda: np.zeros((2, 0))[np.array([0., 0.]), :])
show("x[..., 1:, range(0, 1)] of (0, 2)", lambda: np.zeros((0, 2))[..., 1:, range(0, 1)])
