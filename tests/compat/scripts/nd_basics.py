# NDArray basics: reprs, dtypes, creation functions, astype/copyto/context, scalars.
import numpy as np
import mxnet as mx
from mxnet import nd

print(nd.array([1, 2, 3]))
print(nd.array([[1.5, 2], [3, 4]], dtype="float64"))
print(nd.array([1, 2, 3], dtype="int32"))
print(nd.array([1, 2, 3], dtype="int64"))
print(nd.array([1, 2, 250], dtype="uint8"))
print(nd.array([1.1, 2.2, 3.3], dtype="float16"))
print(nd.array([True, False], dtype="bool") if hasattr(nd, "array") else "")
print(nd.array([]))
for f in [lambda: nd.zeros((0, 3)), lambda: nd.ones((2, 0)), lambda: nd.zeros((0,)), lambda: nd.empty((0, 2)), lambda: nd.full((0,), 1)]:
    try:
        print(f().shape)
    except Exception as e:
        print(type(e).__name__)
print(nd.array(5))
print(nd.arange(2000))
print(nd.arange(2000).reshape((40, 50)))
print(nd.arange(1001))
print(nd.arange(6).reshape((1, 2, 3)))
print(nd.array([1e10, 1e-5]))
print(nd.array([1.23456789, 2]))
print(nd.array([np.nan, np.inf, -np.inf]))
print(repr(nd.ones((2, 2))), str(nd.ones((1,))))
for src in [[1, 2], [1.5, 2], np.array([1, 2]), np.array([1, 2], dtype=np.int32), np.array([1.5], dtype=np.float64),
            np.array([1, 2], dtype=np.uint8), (1, 2), np.float64(3), 3, [[1], [2]], nd.array([1], dtype="int32")]:
    a = nd.array(src)
    print("array", a.dtype.__name__, a.shape, a.asnumpy().tolist())
for dt in ["float32", "float64", "float16", "uint8", "int8", "int32", "int64", np.float64, np.int32, "bool"]:
    try:
        z = nd.zeros((2,), dtype=dt)
        o = nd.ones((2,), dtype=dt)
        f = nd.full((2,), 3.7, dtype=dt)
        e = nd.empty((2,), dtype=dt)
        print("dtype", dt, z.dtype.__name__, o.dtype.__name__, f.dtype.__name__, e.dtype.__name__, f.asnumpy().tolist())
    except Exception as ex:
        print("dtype", dt, "error", type(ex).__name__)
print(nd.full((2, 2), 5), nd.full(3, 2).shape, nd.zeros(3).shape, nd.ones((2,)).shape)
print(nd.zeros_like(nd.ones((2, 2), dtype="int32")), nd.ones_like(nd.zeros((3,), dtype="float16")))
print(nd.full_like(nd.zeros((2,)), 4) if hasattr(nd, "full_like") else "")
for args in [(5,), (1, 5), (0, 10, 3), (5, 0, -1), (0, 1, 0.25), (2, 5, 1, 2), (0.5, 3)]:
    print("arange", args, nd.arange(*args).asnumpy().tolist())
print(nd.arange(5, dtype="int32"), nd.arange(3, dtype="float64").dtype)
print(nd.arange(0, 3, repeat=3).asnumpy().tolist())
print(nd.arange(2, 7, 2, repeat=2, dtype="int64"))
print(nd.arange(start=3).asnumpy().tolist())
print(nd.contrib.arange_like(nd.zeros((2, 3))))
print(nd.contrib.arange_like(nd.zeros((2, 3)), start=1, step=2, axis=1))
print(nd.linspace(0, 1, 5), nd.linspace(0, 1, 5, endpoint=False), nd.linspace(2, 3, 1), nd.linspace(0, 10, 4, dtype="int32"))
print(nd.eye(3), nd.eye(2, 3, 1), nd.eye(3, k=-1), nd.eye(2, dtype="int32"), nd.eye(3, 2, k=5))
a = nd.array([1.7, -2.7, 300])
for dt in ["int32", "uint8", "float16", "int64", "float64", "int8", "bool"]:
    b = a.astype(dt)
    print("astype", dt, b.dtype.__name__, b.asnumpy().tolist())
print(a.astype("float32", copy=False) is a, a.astype("float32") is a)
print(nd.Cast(a, dtype="int32"), nd.cast(a, "float16"))
c = a.copy()
c[0] = 0
print(a, c)
d = nd.zeros((3,))
print(a.copyto(d) is d, d)
try:
    a.copyto(nd.zeros((2,)))
except Exception as e:
    print(type(e).__name__)
print(a.copyto(mx.cpu()).context, a.context, a.ctx, a.as_in_context(mx.cpu()) is a)
print(mx.cpu(), mx.cpu(1), mx.cpu_pinned(), mx.current_context(), mx.cpu() == mx.cpu(0), mx.context.num_gpus())
print(nd.array([1, 2], ctx=mx.cpu(1)))
print(a.shape, a.size, a.ndim, a.dtype, a.stype, type(a.dtype))
print(nd.array([3.0]).asscalar(), type(nd.array([3.0]).asscalar()).__name__, nd.array([3], dtype="int32").asscalar())
try:
    nd.array([1, 2]).asscalar()
except Exception as e:
    print(type(e).__name__)
for f in [float, int, bool]:
    try:
        print(f(nd.array([2.5])))
    except Exception as e:
        print(type(e).__name__)
try:
    bool(nd.array([1, 2]))
except Exception as e:
    print(type(e).__name__)
print(nd.array([1, 2]).asnumpy().dtype, nd.array([[1, 2]]).tolist() if hasattr(nd.NDArray, "tolist") else "")
x = nd.ones((2, 3))
print(x.size, x.T.shape, x.reshape((3, 2)).shape, x.reshape(3, 2).shape, x.reshape(shape=(6,)).shape)
print(nd.array([[1, 2], [3, 4]]).diag() if hasattr(nd.NDArray, "diag") else "")
print(x.flatten().shape, x.expand_dims(0).shape, x.squeeze().shape, x.zeros_like().shape, x.ones_like().shape)
print(x.sum(), x.mean(axis=0), x.max(), x.argmax(axis=1), x.norm())
print(x.clip(0, 0.5), x.abs(), x.sign(), x.sqrt())
print(nd.array(np.array([[1, 2]], dtype=np.float64)).dtype, nd.array(np.array([[1, 2]], dtype=np.float64), dtype="float32").dtype)
print(nd.from_numpy(np.array([1, 2], dtype=np.int64)) if hasattr(nd, "from_numpy") else "")
print(nd.waitall())
x.wait_to_read()
print(x.handle is not None, x.writable)
print(isinstance(x, nd.NDArray), isinstance(x, mx.nd.NDArray))
print(x.__len__(), x.shape[0])
print(nd.ones((2, 2)) == 1, nd.ones((2,)) != nd.zeros((2,)))
print(nd.array([1, 2]) + 1.5, 2 - nd.array([1, 2]), nd.array([1, 2], dtype="int32") * 2.5, nd.array([4, 5], dtype="int32") / 2)
print(nd.array([1, 2], dtype="int32") + nd.array([1, 2], dtype="int32"), nd.array([1, 2], dtype="uint8") - 3)
print(-nd.array([1, 2]), abs(nd.array([-1, 2])), nd.array([2, 3]) ** 2, 2 ** nd.array([2, 3]), nd.array([5, 7]) % 3)
for f in [lambda: nd.eye(-1), lambda: nd.eye(2, -1), lambda: nd.arange(0, 5, 0), lambda: nd.arange(5, 0), lambda: nd.linspace(0, 1, -1), lambda: nd.linspace(0, 1, 0), lambda: nd.full((2,), "a"),
          lambda: nd.ones(2).astype("foo"), lambda: nd.ones(2).astype("complex64"), lambda: nd.zeros((2,), dtype="complex64"), lambda: nd.zeros((2,), dtype="int16"), lambda: nd.full((2,), 1, dtype="int16"),
          lambda: nd.empty((2,), dtype="int16"), lambda: nd.array([1], dtype="int16"), lambda: nd.array(np.array([1, 2], dtype=np.int16)), lambda: nd.arange(3, dtype="int16"), lambda: nd.eye(2, dtype="int16"),
          lambda: nd.linspace(0, 1, 2, dtype="bool"), lambda: nd.zeros((-1, 2)), lambda: nd.full((-1,), 2), lambda: nd.empty((2, -1)), lambda: nd.zeros(()), lambda: nd.ones(()), lambda: nd.full((), 3),
          lambda: nd.eye(0), lambda: nd.arange(0), lambda: len(nd.array(1)), lambda: list(nd.array(1))]:
    try:
        r = f()
        print(r.shape, r.dtype, r.asnumpy().tolist())
    except Exception as e:
        print(type(e).__name__)
