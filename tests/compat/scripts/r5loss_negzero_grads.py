# -0 head gradients through moving ops: a copied gradient keeps -0 (reshape, transpose, basic slices...), one
# added into zeros (tile, repeat, broadcast, gathers, pick, Pad) becomes +0; full() of -0 fills with +0
import mxnet as mx
from mxnet import autograd, nd


def h(a):
    return a.asnumpy().tobytes().hex()


print(h(nd.full((2,), -0.0)), h(nd.full((2,), -0.0, dtype="float64")), h(mx.sym.full((2,), -0.0).eval()[0]))
fns = {
 "reshape": lambda a: a.reshape((3, 2)), "transpose": lambda a: a.T, "flip": lambda a: nd.flip(a, 0),
 "concat": lambda a: nd.concat(a, a * 1, dim=0), "stack": lambda a: nd.stack(a, a),
 "tile": lambda a: nd.tile(a, (2, 1)),
 "tile1": lambda a: nd.tile(a, (1, 1)), "repeat": lambda a: nd.repeat(a, 2),
 "repeat1": lambda a: nd.repeat(a, 1, axis=0),
 "pad": lambda a: nd.pad(a.reshape((1, 1, 2, 3)), mode='constant', pad_width=(0, 0, 0, 0, 1, 0, 0, 1)),
 "swapaxes": lambda a: nd.swapaxes(a, 0, 1), "expand": lambda a: nd.expand_dims(a, 0),
 "squeeze": lambda a: nd.squeeze(a.reshape((1, 2, 3))),
 "broadcast": lambda a: nd.broadcast_to(a.reshape((1, 2, 3)), (2, 2, 3)), "split": lambda a: nd.split(a, 2, axis=0)[0],
 "flatten": lambda a: a.flatten(), "slice": lambda a: a[:, 1:],
 "slice_axis": lambda a: nd.slice_axis(a, axis=1, begin=1, end=3),
 "int": lambda a: a[1], "take": lambda a: nd.take(a, nd.array([0, 2, 2]), axis=1),
 "pick": lambda a: nd.pick(a, nd.array([0, 2])),
 "slice_like": lambda a: nd.slice_like(a, nd.zeros((1, 2))),
 "reshape_like": lambda a: nd.reshape_like(a, nd.zeros((3, 2))),
 "copy": lambda a: a.copy(), "identity": lambda a: nd.identity(a), "Cast": lambda a: a.astype('float32'),
 "adv": lambda a: a[[0, 0, 1]],
 "SwapAxis": lambda a: nd.SwapAxis(a, 0, 1), "crop": lambda a: nd.crop(a, begin=(0, 1), end=(2, 3)),
 "diag": lambda a: nd.diag(a),
 "sum": lambda a: a.sum(axis=0), "mean": lambda a: a.mean(axis=1),
}
for name, f in fns.items():
    a = nd.array([[1.0, 2, 3], [4, 5, 6]]); a.attach_grad()
    try:
        with autograd.record():
            y = f(a)
        y.backward(-nd.zeros(y.shape))
        print(name, h(a.grad))
    except Exception as e:
        print(name, type(e).__name__)

mx.npx.set_np()
print(h(mx.np.full((2,), -0.0)), h(mx.np.full((2,), -0.0, dtype="float64")), h(mx.np.full((2,), mx.np.array(-0.0))),
      h(mx.np.full_like(mx.np.ones(2), -0.0)))
np_fns = {
 "reshape": lambda a: a.reshape((3, 2)), "transpose": lambda a: a.T, "flip": lambda a: mx.np.flip(a, 0),
 "concat": lambda a: mx.np.concatenate([a, a * 1]), "stack": lambda a: mx.np.stack([a, a]),
 "tile": lambda a: mx.np.tile(a, (2, 1)),
 "tile1": lambda a: mx.np.tile(a, (1, 1)), "repeat": lambda a: mx.np.repeat(a, 2),
 "repeat1": lambda a: mx.np.repeat(a, 1, axis=0),
 "pad": lambda a: mx.np.pad(a, ((1, 0), (0, 1))), "roll": lambda a: mx.np.roll(a, 1),
 "swapaxes": lambda a: mx.np.swapaxes(a, 0, 1),
 "expand": lambda a: mx.np.expand_dims(a, 0), "squeeze": lambda a: mx.np.squeeze(a.reshape((1, 2, 3))),
 "broadcast": lambda a: mx.np.broadcast_to(a, (2, 2, 3)), "split": lambda a: mx.np.split(a, 2)[0],
 "ravel": lambda a: mx.np.ravel(a),
 "moveaxis": lambda a: mx.np.moveaxis(a, 0, 1), "flatten": lambda a: a.flatten(),
 "hstack": lambda a: mx.np.hstack([a, a]),
 "rot90": lambda a: mx.np.rot90(a), "diag": lambda a: mx.np.diag(a), "tril": lambda a: mx.np.tril(a),
 "getitem": lambda a: a[:, 1:],
 "getitem_adv": lambda a: a[[0, 0, 1]], "take": lambda a: mx.np.take(a, mx.np.array([0, 2, 2]), axis=1),
}
for name, f in np_fns.items():
    a = mx.np.array([[1.0, 2, 3], [4, 5, 6]]); a.attach_grad()
    try:
        with autograd.record():
            y = f(a)
        y.backward(-mx.np.zeros(y.shape))
        print(name, h(a.grad))
    except Exception as e:
        print(name, type(e).__name__)
