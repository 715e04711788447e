"""mx.np arrays written through keys of every kind with values that do not fit: MXNet's broadcast and reshape check words, its too-many-indices count and its refusal of text."""
import numpy as onp
import mxnet as mx
from mxnet import np, npx
from _words import words


def put(label, key, value, shape=(2, 3, 4)):
    x = np.arange(int(onp.prod(shape))).reshape(shape)
    try:
        x[key] = value
        print(label, "->", x.asnumpy().ravel().tolist()[:8], x.shape)
    except Exception as e:
        print(label, "->", words(e))


def get(label, key, shape=(2, 3, 4)):
    x = np.arange(int(onp.prod(shape))).reshape(shape)
    try:
        print(label, "->", x[key].shape)
    except Exception as e:
        print(label, "->", words(e))


npx.set_np()
keys = [("0", 0), ("-1", -1), (":", slice(None)), ("0:1", slice(0, 1)), ("0,1", (0, 1)), ("...,0", (Ellipsis, 0)),
        ("0,:,1", (0, slice(None), 1)), ("[0,1]", [0, 1]), ("[0,1],[1,2]", ([0, 1], [1, 2])), ("1,[0,2]", (1, [0, 2])),
        ("None", None), ("()", ()), ("::2", slice(None, None, 2)), ("1:1", slice(1, 1)), (":,::-1", (slice(None), slice(None, None, -1)))]
values = [("[1,2]", [1, 2]), ("[[1],[2],[3]]", [[1], [2], [3]]), ("np[1,2]", np.array([1, 2])), ("(1,2,3,4)", (1, 2, 3, 4)),
          ("np.ones(1,1,4)", np.ones((1, 1, 4))), ("onp.ones(2,3,4)", onp.ones((2, 3, 4))), ("np.ones(1,2,1,4)", np.ones((1, 2, 1, 4))),
          ("np[]", np.array([])), ("np.ones(2,0)", np.ones((2, 0))), ("'x'", "x"), ("{1:2}", {1: 2}), ("[1,'a']", [1, "a"])]
for kl, key in keys:
    for vl, value in values:
        put(f"x[{kl}] = {vl}", key, value)
put("1-d x[0] = [1,2]", 0, [1, 2], (1,))
put("1-d x[None] = [1,2]", None, [1, 2], (1,))
put("1-d x[...] = [1,2]", Ellipsis, [1, 2], (1,))
put("empty x[0] = []", 0, np.array([]), (3, 0))
for kl, key in [("0,1,2,0", (0, 1, 2, 0)), ("0,...,1,1,1", (0, Ellipsis, 1, 1, 1)), (":,None,1,1,1", (slice(None), None, 1, 1, 1)),
                ("...,...", (Ellipsis, Ellipsis)), ("0,0,0,[0]", (0, 0, 0, [0])), ("None,None,0,0,0,0", (None, None, 0, 0, 0, 0))]:
    get(f"get x[{kl}]", key)
    put(f"put x[{kl}] = 1", key, 1)
