"""kvstore calls given a list of keys and one NDArray take the array's rows as the keys' values."""
import mxnet as mx

# MXNet's call takes the rows' handles and lets the row arrays go: they are kept here so that it can use them
_kept = []


def _keeping(getitem):
    def get(self, index):
        row = getitem(self, index)
        _kept.append(row)
        return row
    return get


mx.nd.NDArray.__getitem__ = _keeping(mx.nd.NDArray.__getitem__)
mx.np.ndarray.__getitem__ = _keeping(mx.np.ndarray.__getitem__)


def show(label, f):
    try:
        r = f()
        print(label, "->", r)
    except Exception as e:
        print(label, "!!", type(e).__name__, str(e).strip().split("\n")[-1][:200])
for t in ["local", "device"]:
    kv = mx.kv.create(t)
    kv.init([3, 5], [mx.nd.ones((2, 3)), mx.nd.ones((2, 3)) * 2])
    a = mx.nd.arange(12).reshape((2, 2, 3))
    kv.pull([3, 5], out=a); print(t, a.asnumpy().tolist())
    kv.push([3, 5], a + 1)
    kv.pull([3, 5], out=a); print(t, a.asnumpy().tolist())
    kv.init([6, 7], mx.nd.arange(12).reshape((2, 2, 3)) * 10)
    kv.pull([6, 7], out=a); print(t, a.asnumpy().tolist())
    e = mx.nd.zeros((2,))
    kv.init([8, 9], [mx.nd.ones((1,)), mx.nd.ones((1,)) * 3])
    kv.pull([8, 9], out=e); print(t, e.asnumpy().tolist())
    kv.pushpull([8, 9], mx.nd.array([4, 9]), out=e); print(t, e.asnumpy().tolist())
    b = mx.nd.array([5, 6])
    kv.pushpull([8, 9], b); print(t, b.asnumpy().tolist())
    kv.broadcast([10, 11], mx.nd.array([[1, 2], [3, 4]]), out=mx.nd.zeros((2, 2)))
    kv.pull([[10, 11]], out=mx.nd.zeros((1, 2, 2))); 
    f = mx.nd.zeros((1, 2, 2))
    kv.pull([[10, 11]], out=f); print(t, f.asnumpy().tolist())
    s = mx.kv.create(t)
    s.init(["a", "b"], mx.nd.arange(6).reshape((2, 3)))
    g = mx.nd.zeros((2, 3))
    s.pull(("a", "b"), out=g); print(t, g.asnumpy().tolist())
    show(t + " len mismatch", lambda: kv.pull([3, 5], out=mx.nd.zeros((3, 2, 3))))
    show(t + " 0-d", lambda: kv.pull([3, 5], out=mx.nd.array([1]).reshape(())))
    show(t + " row shape", lambda: kv.pull([3, 5], out=mx.nd.zeros((2, 4))))
    n = mx.np.zeros((2, 2, 3))
    kv.pull([3, 5], out=n); print(t, n.tolist())
