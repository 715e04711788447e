"""An out= array of another shape, type or count is refused in the words of the check each legacy operator's inference runs."""
import mxnet as mx
import numpy as np

nd = mx.nd


def show(label, f):
    try:
        r = f()
        print(label, [a.shape for a in r] if isinstance(r, (list, tuple)) else r.shape)
    except mx.base.MXNetError as e:
        text = str(e)
        text = text[text.rfind("MXNetError: ") + 12:] if "MXNetError: " in text else text
        text = text.split("\n")[0].split("; ")[0]
        print(label, "MXNetError", text[text.index(": ") + 2:] if text.startswith("operator ") else text)


x = nd.array(np.arange(24).reshape((2, 3, 4)) % 7 - 3.0)
idx = nd.array([[0, 1, 2], [2, 1, 0]])
calls = {
    "logical_not": lambda o: nd.logical_not(x, out=o), "shuffle": lambda o: nd.shuffle(x, out=o),
    "reverse": lambda o: nd.reverse(x, axis=1, out=o), "norm": lambda o: nd.norm(x, out=o),
    "shape_array": lambda o: nd.shape_array(x, out=o), "size_array": lambda o: nd.size_array(x, out=o),
    "one_hot": lambda o: nd.one_hot(idx, 4, out=o), "pick": lambda o: nd.pick(x, idx, out=o),
    "repeat": lambda o: nd.repeat(x, 2, out=o), "tile": lambda o: nd.tile(x, (2, 1), out=o),
    "take": lambda o: nd.take(x, idx, out=o), "swapaxes": lambda o: nd.swapaxes(x, 0, 2, out=o),
    "pad": lambda o: nd.pad(x.reshape((1, 2, 3, 4)), mode="constant", pad_width=(0, 0, 0, 0, 1, 1, 1, 1), out=o),
    "space_to_depth": lambda o: nd.space_to_depth(x.reshape((1, 2, 2, 6)), 2, out=o),
    "sort": lambda o: nd.sort(x, out=o), "where": lambda o: nd.where(x > 0, x, -x, out=o),
    "scatter_nd": lambda o: nd.scatter_nd(nd.ones((3,)), idx[:, :3], shape=(3, 3), out=o),
    "ravel_multi_index": lambda o: nd.ravel_multi_index(idx, shape=(3, 3), out=o),
    "unravel_index": lambda o: nd.unravel_index(idx[0], shape=(3, 3), out=o),
    "linalg_potri": lambda o: nd.linalg_potri(nd.array([[2.0, 0], [1, 3]]), out=o),
}
for name, call in calls.items():
    show(name + " other shape", lambda: call(nd.zeros((1, 1, 1, 1, 7))))
    right = call(None)
    show(name + " other type", lambda: call(nd.zeros(right.shape, dtype="float64" if right.dtype != np.float64 else "float32")))
for name, call in [("moments", lambda o: nd.moments(x, axes=(0,), out=o)), ("split", lambda o: nd.split(x, 3, axis=1, out=o)),
                   ("topk both", lambda o: nd.topk(x, ret_typ="both", out=o)), ("topk value", lambda o: nd.topk(x, ret_typ="value", out=o)),
                   ("topk indices", lambda o: nd.topk(x, out=o)), ("slogdet", lambda o: nd.linalg_slogdet(nd.array([[2.0, 1], [1, 3]]), out=o)),
                   ("log", lambda o: nd.log(x, out=o)), ("sgd_update", lambda o: nd.sgd_update(x, x, lr=0.1, out=o))]:
    show(name + " 3 outs", lambda: call([nd.zeros((1,))] * 3))
    show(name + " 0 outs", lambda: call([]))
