"""Writes refused while recording (x[key] = recorded value, legacy and mx.np, basic and advanced keys): the error's
site and words, and how many ops MXNet numbers on the way (cast, squeeze, broadcast, the write), seen in the
node names of a later get_symbol."""
import json

import mxnet as mx
from mxnet import autograd, nd


def last_node():
    x = nd.array([1.])
    x.attach_grad()
    with autograd.record():
        y = x * 1
    return int(json.loads(autograd.get_symbol(y).tojson())["nodes"][-1]["name"][5:])


def run(mod, label):
    a = mod.ones((1, 2))
    a.attach_grad()
    values = [("row", lambda: (a * 1).reshape((2,))), ("2d", lambda: a * 1),
              ("f64", lambda: (a * 1).reshape((2,)).astype("float64")), ("scalar", lambda: 3.0),
              ("col", lambda: (a * 1).reshape((2, 1)))]
    keys = [("[[1]]", [1]), ("[[0,1]]", [0, 1]), ("([0,1],[1,0])", ([0, 1], [1, 0])), ("(1,[0,1])", (1, [0, 1])),
            ("([0,1],:)", ([0, 1], slice(None))), ("1", 1), ("0:2", slice(0, 2)), ("(1,1)", (1, 1)),
            ("(:,0)", (slice(None), 0))]
    last = last_node()
    for vname, make in values:
        for kname, key in keys:
            for in_graph in (False, True):
                with autograd.record():
                    v = make()
                b = mod.arange(6).reshape((3, 2))
                if in_graph:
                    b.attach_grad()
                    with autograd.record():
                        b = b * 1
                with autograd.record():
                    try:
                        b[key] = v
                        r = "ok"
                    except Exception as e:      # pylint: disable=broad-except
                        lines = str(e).split("\n")
                        r = type(e).__name__ + " " + lines[min(1, len(lines) - 1)].strip() + " | " + lines[-1][:70]
                now = last_node()
                print(label, vname, kname, in_graph, now - last, r)
                last = now


run(nd, "nd")
mx.npx.set_np()
run(mx.np, "np")
