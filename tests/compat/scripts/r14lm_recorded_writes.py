"""Writes refused while recording (into an array already in the graph, or into an input of the recorded op) and
reshapes of another size, in MXNet's check words; what the refused write left behind."""
import re

import numpy as np
import mxnet as mx
from mxnet import autograd, nd


def words(e):
    """The exception's type and MXNet's check message without the C++ trace around it."""
    lines = [line for line in str(e).splitlines() if line.strip()]
    pick = [line for line in lines if "Check failed" in line or line.startswith("MXNetError: ")] or lines or [""]
    text = pick[-1] if lines and "Traceback" in lines[0] else pick[0]
    text = text.split("] ", 1)[-1] if text.startswith("[") else text
    while text.startswith("MXNetError: "):
        text = text[len("MXNetError: "):]
    text = re.sub(r"\[\d\d:\d\d:\d\d\] \S+:\d+: ", "", text)       # a graph node's time and source line
    return f"{type(e).__name__}: {text}"


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r.asnumpy().tolist() if hasattr(r, "asnumpy") else r)
    except Exception as e:  # noqa: BLE001
        print(label, "->", words(e))


def in_record(write):
    x = nd.array([1.0, 2.0])
    x.attach_grad()
    with autograd.record():
        y = x * 2
        fresh = nd.array([5.0, 6.0])
        try:
            write(x, y, fresh)
            print("  written")
        except mx.base.MXNetError as e:
            print("  ", words(e))
        print("   y", y.asnumpy().tolist(), "fresh", fresh.asnumpy().tolist())


for name, write in [
        ("y *= 3", lambda x, y, f: y.__imul__(3)),
        ("y += x", lambda x, y, f: y.__iadd__(x)),
        ("relu(x, out=y)", lambda x, y, f: nd.relu(x, out=y)),
        ("y[:] = 1", lambda x, y, f: y.__setitem__(slice(None), 1)),
        ("y[0] = 7", lambda x, y, f: y.__setitem__(0, 7)),
        ("fresh += x", lambda x, y, f: f.__iadd__(x)),
        ("elemwise_add(fresh, x, out=fresh)", lambda x, y, f: nd.elemwise_add(f, x, out=f)),
        ("fresh *= 2", lambda x, y, f: f.__imul__(2)),
        ("x.copyto(y)", lambda x, y, f: x.copyto(y)),
        ("nd.zeros(2, out=y)", lambda x, y, f: nd.zeros((2,), out=y))]:
    print(name)
    in_record(write)

a = nd.ones((8,))
for recording in (False, True):
    with autograd.record() if recording else mx.autograd.pause():
        attempt(f"recording={recording} reshape (10,)", lambda: a.reshape((10,)))
        attempt(f"recording={recording} reshape (4,)", lambda: a.reshape((4,)))
        attempt(f"recording={recording} reshape (2, 4)", lambda: a.reshape((2, 4)))
        attempt(f"recording={recording} reshape (3, 3)", lambda: a.reshape((3, 3)))
        attempt(f"recording={recording} reshape (-1, 3)", lambda: a.reshape((-1, 3)))
