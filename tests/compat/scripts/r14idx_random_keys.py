"""Reads of nd and np arrays through seeded random keys mixing integers, slices with any step, None, Ellipsis, lists and index arrays: the values and shapes, or MXNet's refusal (empty ranges in advanced keys, empty slices past the first axis, out-of-range positions)."""
import random
import numpy as onp
import mxnet as mx


def last(e):
    """The exception's type and the last line of its message, without a repeated type name before it."""
    text = str(e).strip().splitlines()[-1]
    name = type(e).__name__
    while text.startswith(name + ": ") or text.startswith("MXNetError: "):
        text = text.split(": ", 1)[1]
    return f"{name}: {text}"


def key(rng, shape, arr):
    parts = []
    for i in range(rng.randint(1, len(shape) + 1)):
        size, r = shape[min(i, len(shape) - 1)], rng.random()
        if r < 0.25:
            parts.append(rng.randint(-size, size - 1))
        elif r < 0.55:
            parts.append(slice(rng.choice([None, rng.randint(-size - 1, size + 1)]), rng.choice([None, rng.randint(-size - 1, size + 1)]),
                               rng.choice([None, None, 1, 2, -1, -2, 3])))
        elif r < 0.65:
            parts.append(None)
        elif r < 0.7 and not any(p is Ellipsis for p in parts):
            parts.append(Ellipsis)
        elif r < 0.88:
            parts.append([rng.randint(-size, size - 1) for _ in range(rng.randint(1, 3))])
        else:
            parts.append(arr.array([rng.randint(-size, size - 1) for _ in range(rng.randint(1, 3))], dtype="int32"))
    return tuple(parts)


for mode in ["nd", "np"]:
    if mode == "np":
        mx.npx.set_np()
    arr = mx.nd if mode == "nd" else mx.np
    rng = random.Random(1914)
    for _ in range(150):
        shape = tuple(rng.randint(1, 4) for _ in range(rng.randint(1, 4)))
        x = arr.array(onp.arange(int(onp.prod(shape))).reshape(shape))
        k = key(rng, shape, arr)
        label = f"{mode} {shape} [{', '.join('arr' + str(e.asnumpy().tolist()) if hasattr(e, 'asnumpy') else repr(e) for e in k)}]"
        try:
            r = x[k]
            print(label, "->", r.shape, r.asnumpy().ravel().tolist()[:6])
        except Exception as e:
            print(label, "->", last(e))
