# nd.contrib control flow: foreach, while_loop, cond outputs, gradients and bad input.
import mxnet as mx
from mxnet import nd, autograd
def show(tag, r):
    if isinstance(r, nd.NDArray):
        print(tag, "ND", r.shape, r.asnumpy().tolist())
    elif isinstance(r, (list, tuple)):
        print(tag, type(r).__name__, len(r))
        for i, x in enumerate(r):
            show(f"{tag}.{i}", x)
    else:
        print(tag, type(r).__name__, r)
data = nd.arange(6).reshape((3, 2))
show("fe1", nd.contrib.foreach(lambda x, s: (x * 2, s + x), data, nd.zeros((2,))))
show("fe2", nd.contrib.foreach(lambda x, s: ([x, x + 1], [s[0] + x, s[1] * 2]), data, [nd.zeros((2,)), nd.ones((2,))]))
show("fe3", nd.contrib.foreach(lambda xs, s: (xs[0] + xs[1], s), [data, data * 10], []))
show("fe4", nd.contrib.foreach(lambda x, s: (None, s + x) if False else ([], s + x), data, nd.zeros((2,))))
show("wl1", nd.contrib.while_loop(lambda i, s: i < 3, lambda i, s: (i * 10, (i + 1, s + i)), (nd.array([0]), nd.array([0])), max_iterations=3))
show("wl2", nd.contrib.while_loop(lambda i: i < 2, lambda i: ([i, i * 2], [i + 1]), [nd.array([0])], max_iterations=2))
show("wl3", nd.contrib.while_loop(lambda i: i < 5, lambda i: ([], [i + 1]), [nd.array([0])], max_iterations=10))
show("cond1", nd.contrib.cond(nd.array([1]), lambda: [nd.array([1]), nd.array([2])], lambda: [nd.array([3]), nd.array([4])]))
show("cond2", nd.contrib.cond(nd.array([0]) > 1, lambda: nd.array([1]), lambda: nd.array([2])))
x = nd.array([1, 2, 3])
x.attach_grad()
with autograd.record():
    out, st = nd.contrib.foreach(lambda a, s: (a * s, s + a), x, nd.array([1]))
    loss = out.sum() + st.sum()
loss.backward()
print(x.grad.asnumpy().tolist())
for bad in [lambda: nd.contrib.foreach(lambda x, s: (x, s), [1, 2], nd.zeros(1)), lambda: nd.contrib.while_loop(lambda i: i < 2, lambda i: ([], [i + 1]), [nd.array([0])]),
            lambda: nd.contrib.cond(nd.array([1, 1]), lambda: nd.array([1]), lambda: nd.array([2])), lambda: nd.contrib.foreach(lambda x, s: (x, [s[0], s[0]]), data, [nd.zeros((2,))])]:
    try:
        show("bad", bad())
    except Exception as e:
        print("bad", type(e).__name__)
