"""mx.np corner inputs: bool delete with a list, empty integer products and softmax, 0-d arange bounds,
ndarray.sort of a 0-d array, float list indices."""
import numpy as onp
import mxnet as mx
from mxnet import np, npx
npx.set_np()


def show(label, fn):
    try:
        r = fn()
        print(label, "->", r.dtype, r.shape, r.asnumpy().tolist())
    except Exception as e:      # noqa: BLE001  (the error class is what MXNet and distnet must share)
        print(label, "->", type(e).__name__)



i32 = lambda shape: np.ones(shape, dtype="int32")   # noqa: E731
show("outer empty int", lambda: np.outer(i32((0, 3)), i32((3, 2))))
show("outer empty bool", lambda: np.outer(np.ones((0,), dtype="bool"), np.ones((3,), dtype="bool")))
show("matmul batch empty float", lambda: np.matmul(np.ones((2, 0, 3)), np.ones((3, 2))))
show("tensordot empty int", lambda: np.tensordot(i32((0, 3)), i32((3, 2)), 1))
show("inner empty int", lambda: np.inner(i32((0, 3)), i32((2, 3))))

show("arange 0-d", lambda: np.arange(np.array(3)))
show("arange 0-d pair", lambda: np.arange(np.array(1), np.array(4)))
show("arange 0-d float int32", lambda: np.arange(np.array(3.7), dtype="int32"))
show("arange 0-d step", lambda: np.arange(0, np.array(5), np.array(2.)))
show("arange numpy 0-d", lambda: np.arange(onp.array(3)))

show("softmax empty int", lambda: npx.softmax(np.zeros((0, 3), dtype="int32")))
show("softmax empty int dtype", lambda: npx.softmax(np.zeros((0, 3), dtype="int32"), dtype="float32"))
show("softmax empty bad axis", lambda: npx.softmax(np.zeros((0, 3), dtype="int32"), axis=5))
show("softmax empty bool", lambda: npx.softmax(np.zeros((0,), dtype="bool")))
show("log_softmax empty int", lambda: npx.log_softmax(np.zeros((3, 0), dtype="int32")))
show("nd softmin empty int", lambda: mx.nd.softmin(mx.nd.zeros((0, 3), dtype="int32")))


x = np.arange(6).reshape(2, 3)
show("index float list", lambda: x[[1.0]])
show("index float list trunc", lambda: x[[1.7, 0.0]])
show("index float list negative", lambda: x[[-1.0]])
show("index float lists", lambda: x[[1.0], [2.0]])
show("index float list axis 1", lambda: x[:, [1.0]])
show("index numpy float", lambda: x[onp.array([1.0])])
show("index float nested", lambda: x[[[1.0]]])
y = np.arange(6).reshape(2, 3)
y[[1.0]] = 7
show("setitem float list", lambda: y)
y[[0.0], [2.0]] = 9
show("setitem float lists", lambda: y)
z = np.arange(6).reshape(2, 3)
z.attach_grad()
with mx.autograd.record():
    w = z[[1.0]]
w.backward()
show("grad float list", lambda: z.grad)

# The failing cases last: MXNet may report a kernel failure again at a later read, so no success follows one.
show("delete bool list", lambda: np.delete(np.ones(5, dtype="bool"), [0, 2]))
show("delete int list", lambda: np.delete(np.ones(5, dtype="int32"), [0, 2]))
show("delete bool int", lambda: np.delete(np.ones(5, dtype="bool"), 1))
show("dot int empty sum", lambda: np.dot(i32((2, 0)), i32((0, 2))))
show("dot int vectors", lambda: np.dot(i32((0,)), i32((0,))))
show("vdot empty int", lambda: np.vdot(i32((0,)), i32((0,))))
show("matmul int empty sum", lambda: np.matmul(i32((2, 0)), i32((0, 2))))
show("dot int mixed", lambda: np.dot(i32((0, 3)), np.ones((3, 2), dtype="int64")))
show("arange 1-d", lambda: np.arange(np.array([3])))
show("softmax int", lambda: npx.softmax(np.zeros((2, 3), dtype="int32")))
show("sort method 0-d", lambda: np.array(1.).sort())
show("sort method 0-d axis 0", lambda: np.array(1.).sort(axis=0))
show("sort method 0-d axis None", lambda: np.array(1.).sort(axis=None))
show("sort method", lambda: np.array([3., 1.]).sort())
show("sort method bad axis", lambda: np.array([[3., 1.]]).sort(axis=5))
show("index float out of range", lambda: x[[5.0]])
show("index float scalar", lambda: x[(1.0,)])
# np.dot/np.matmul of integers run their kernel even for an empty result: it fails (wait_to_read raises
# it) after the empty result is returned, and MXNet may raise it at a later read of another array.
show("dot empty int", lambda: np.dot(i32((0, 3)), i32((3, 2))))
show("matmul empty int", lambda: np.matmul(i32((0, 3)), i32((3, 2))))
show("matmul batch empty int64", lambda: np.matmul(np.ones((2, 0, 3), dtype="int64"), np.ones((3, 2), dtype="int64")))
show("matmul int vector", lambda: np.matmul(i32((0, 3)), i32((3,))))
show("matmul operator", lambda: i32((0, 3)) @ i32((3, 2)))
