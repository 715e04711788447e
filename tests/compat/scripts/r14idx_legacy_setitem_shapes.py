"""Legacy NDArray writes whose value does not fit: an empty value for a selection of elements, and values of elements for an empty slice selection, in MXNet's words; and writes through views change the array they were cut from."""
import numpy as onp
import mxnet as mx
from mxnet import nd


def last(e):
    """The exception's type and the last line of its message, without a repeated type name before it."""
    text = str(e).strip().splitlines()[-1]
    name = type(e).__name__
    while text.startswith(name + ": ") or text.startswith("MXNetError: "):
        text = text.split(": ", 1)[1]
    return f"{name}: {text}"


def put(label, key, value, shape=(2, 3, 4)):
    x = nd.array(onp.arange(int(onp.prod(shape))).reshape(shape))
    try:
        x[key] = value
        print(label, "->", x.asnumpy().ravel().tolist()[:8])
    except Exception as e:
        print(label, "->", last(e))


for kl, key in [("0", 0), ("-1", -1), (":", slice(None)), ("0:1", slice(0, 1)), ("0,1", (0, 1)), ("...,0", (Ellipsis, 0)),
                ("0,:,1", (0, slice(None), 1)), ("[0,1]", [0, 1]), ("[0,1],[1,2]", ([0, 1], [1, 2])), ("None", None),
                ("()", ()), ("0,0,0", (0, 0, 0)), ("::2", slice(None, None, 2)), (":,::-1", (slice(None), slice(None, None, -1)))]:
    put(f"x[{kl}] = nd.array([])", key, nd.array([]))
for kl, key in [("1:1", slice(1, 1)), (":,1:1", (slice(None), slice(1, 1))), ("1:1,0", (slice(1, 1), 0)), ("...,3:3", (Ellipsis, slice(3, 3))),
                ("1:1,0:2", (slice(1, 1), slice(0, 2))), ("0:2,3:3,1:3", (slice(0, 2), slice(3, 3), slice(1, 3))), ("5:7", slice(5, 7))]:
    for vl, value in [("[1,2,3,4]", [1, 2, 3, 4]), ("7", 7), ("nd.ones(1)", nd.ones((1,))), ("nd.ones(3,4)", nd.ones((3, 4))),
                      ("onp.ones(4)", onp.ones(4)), ("None", None)]:
        put(f"x[{kl}] = {vl}", key, value)
for kl, key in [("1:3", slice(1, 3)), ("1", 1), ("1,0:2", (1, slice(0, 2))), (":,1", (slice(None), 1)), ("::2", slice(None, None, 2)),
                ("...", Ellipsis), ("None", None), ("0,0", (0, 0)), ("::-1", slice(None, None, -1))]:
    x = nd.arange(12).reshape((4, 3))
    y = x[key]
    y[:] = 100
    print(f"view x[{kl}] written ->", x.asnumpy().ravel().tolist())
    x = nd.arange(12).reshape((4, 3))
    y = x[key]
    y += 1
    print(f"view x[{kl}] += 1 ->", x.asnumpy().ravel().tolist(), y.shape)
