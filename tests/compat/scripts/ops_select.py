# Selection: pick, take, one_hot, gather_nd, scatter_nd, batch_take, choose_element_0index, slices.
import numpy as np
from mxnet import nd, autograd
from _show_values import show


x = nd.array(np.arange(12).reshape(3, 4) * 1.5)
idx = nd.array([0, 3, 1])
show("pick", lambda: nd.pick(x, idx))
show("pick ax0", lambda: nd.pick(x, nd.array([2, 0, 1, 5]), axis=0))
show("pick kd", lambda: nd.pick(x, idx, keepdims=True))
show("pick clip", lambda: nd.pick(x, nd.array([-1, 7, 2])))
show("pick wrap", lambda: nd.pick(x, nd.array([-1, 7, 2]), mode="wrap"))
show("pick frac", lambda: nd.pick(x, nd.array([0.7, 2.9, 1.2])))
show("pick int idx", lambda: nd.pick(x, nd.array([0, 3, 1], dtype="int32")))
show("pick 2d idx", lambda: nd.pick(x, nd.array([[0], [3], [1]])))
show("pick bad shape", lambda: nd.pick(x, nd.array([0, 1])))
show("pick method", lambda: x.pick(idx, axis=1))
show("pick int data", lambda: nd.pick(x.astype("int32"), idx))
show("pick 3d", lambda: nd.pick(nd.array(np.arange(24).reshape(2, 3, 4)), nd.array([[0, 1, 2, 3], [3, 2, 1, 0]]), axis=1))
show("take", lambda: nd.take(x, nd.array([2, 0])))
show("take 2d idx", lambda: nd.take(x, nd.array([[2, 0], [1, 1]])))
show("take ax1", lambda: nd.take(x, nd.array([3, 0]), axis=1))
show("take ax-1", lambda: nd.take(x, nd.array([3, 0]), axis=-1))
show("take clip", lambda: nd.take(x, nd.array([-1, 5])))
show("take wrap", lambda: nd.take(x, nd.array([-1, 5]), mode="wrap"))
show("take raise", lambda: nd.take(x, nd.array([-1, 5]), mode="raise"))
show("take frac", lambda: nd.take(x, nd.array([0.6, 1.99])))
show("take int idx", lambda: nd.take(x, nd.array([2, 0], dtype="int64")))
show("take int data", lambda: nd.take(x.astype("int32"), nd.array([2, 0])))
show("take bad axis", lambda: nd.take(x, nd.array([0]), axis=2))
show("take 1d", lambda: nd.take(nd.array([5.0, 6, 7]), nd.array([[0, 2], [1, 1]])))
show("one_hot", lambda: nd.one_hot(nd.array([0, 2, 1, 5, -1]), 4))
show("one_hot vals", lambda: nd.one_hot(nd.array([[0, 2], [1, 3]]), depth=4, on_value=5, off_value=-1))
show("one_hot dtype", lambda: nd.one_hot(nd.array([0, 2]), 3, dtype="int32"))
show("one_hot u8", lambda: nd.one_hot(nd.array([0, 2]), 3, dtype="uint8", on_value=2.7))
show("one_hot frac", lambda: nd.one_hot(nd.array([0.9, 2.2]), 3))
show("gather_nd", lambda: nd.gather_nd(x, nd.array([[0, 2], [1, 3]])))
show("gather_nd rows", lambda: nd.gather_nd(x, nd.array([[2, 0]])))
show("gather_nd neg", lambda: nd.gather_nd(x, nd.array([[-1], [1]])))
show("gather_nd int", lambda: nd.gather_nd(x, nd.array([[0, 2], [1, 3]], dtype="int32")))
show("scatter_nd", lambda: nd.scatter_nd(nd.array([9.0, 8.0]), nd.array([[0, 2], [1, 3]]), shape=(3, 4)))
show("scatter_nd dup", lambda: nd.scatter_nd(nd.array([9.0, 8.0]), nd.array([[0, 0], [1, 1]]), shape=(3, 4)))
show("batch_take", lambda: nd.batch_take(x, nd.array([0, 3, 1], dtype="int32")))
show("batch_take f", lambda: nd.batch_take(x, nd.array([0, 3, 1])))
show("batch_take oob", lambda: nd.batch_take(x, nd.array([-1, 4, 9], dtype="int32")))
show("choose_element_0index", lambda: nd.choose_element_0index(x, nd.array([0, 3, 1])))
show("fill_element_0index", lambda: nd.fill_element_0index(x, nd.array([7.0, 8, 9]), nd.array([0, 3, 1])))
show("slice", lambda: nd.slice(x, begin=(0, 1), end=(2, 4)))
show("slice step", lambda: nd.slice(x, begin=(None, 3), end=(None, 0), step=(1, -2)))
show("slice_axis", lambda: nd.slice_axis(x, axis=1, begin=1, end=-1))
show("slice_axis none", lambda: nd.slice_axis(x, axis=0, begin=-2, end=None))
show("slice_like", lambda: nd.slice_like(x, nd.zeros((2, 3))))
show("slice_like axes", lambda: nd.slice_like(x, nd.zeros((2, 3)), axes=(1,)))
show("crop", lambda: nd.crop(x, begin=(1, 1), end=(3, 3)))
for label, f in [("pick", lambda p: nd.pick(p, idx)), ("pick ax0", lambda p: nd.pick(p, nd.array([2, 0, 1, 2]), axis=0)),
                 ("take", lambda p: nd.take(p, nd.array([2, 0, 2]))), ("take ax1", lambda p: nd.take(p, nd.array([1, 1]), axis=1)),
                 ("take clip", lambda p: nd.take(p, nd.array([-3, 9]))), ("gather_nd", lambda p: nd.gather_nd(p, nd.array([[0, 0], [1, 1]]))),
                 ("batch_take", lambda p: nd.batch_take(p, nd.array([0, 3, 1], dtype="int32"))),
                 ("choose", lambda p: nd.choose_element_0index(p, nd.array([0, 3, 1]))),
                 ("slice", lambda p: nd.slice(p, begin=(0, 1), end=(2, 4))), ("slice_axis", lambda p: nd.slice_axis(p, axis=1, begin=1, end=3)),
                 ("slice_like", lambda p: nd.slice_like(p, nd.zeros((2, 3))))]:
    p = x.copy()
    p.attach_grad()
    try:
        with autograd.record():
            y = f(p)
        y.backward()
        print(label, "grad", p.grad.asnumpy().tolist())
    except Exception as e:
        print(label, "grad ERR", type(e).__name__)
ii = nd.array([0, 3, 1]); ii.attach_grad()
with autograd.record():
    y = nd.pick(x, ii)
y.backward()
print("pick index grad", ii.grad.asnumpy().tolist())
d = nd.array([9.0, 8.0]); d.attach_grad()
with autograd.record():
    y = nd.scatter_nd(d, nd.array([[0, 2], [1, 3]]), shape=(3, 4))
y.backward(nd.array(np.arange(12).reshape(3, 4)))
print("scatter_nd grad", d.grad.asnumpy().tolist())
