"""FullyConnected shapes and seeded inputs for the AVX2 fixture (fc_avx2_mxnet_1.9.1.npz)."""
import numpy as np

# (rows, units, outputs): every row-tile height (1-6), 8- and 16-wide output tiles and their tails,
# odd and even unit counts, unit blocks split at 256 (96 for the weight gradient's rows), row blocks of
# 96 (48 backward), one row or one output (the matrix-vector kernels)
FORWARD = [(r, u, o) for r in (1, 2, 3, 4, 5, 6, 7, 13, 40) for u in (1, 2, 7, 16, 17, 100, 300)
           for o in (1, 3, 8, 9, 17, 20)]
FORWARD += [(100, 50, 33), (150, 40, 10), (200, 30, 5), (64, 64, 128), (7, 600, 12), (30, 1000, 3),
            (1, 1000, 40), (50, 700, 1), (97, 20, 24)]
BACKWARD = [(r, u, o) for r in (1, 2, 3, 7, 13) for u in (1, 2, 5, 17, 33) for o in (1, 2, 3, 9, 16, 20)]
BACKWARD += [(100, 30, 10), (150, 20, 40), (60, 9, 100), (250, 12, 7), (300, 3, 2), (2, 3, 300)]
NO_BIAS_ROWS = 4       # forward without the bias too, up to this many rows


def inputs(shapes):
    """(shape, x, weight, bias, dy) per shape: uniform in [-1, 1) float32 from one RandomState(0)."""
    rng = np.random.RandomState(0)
    for rows, units, outs in shapes:
        x, w, b, dy = (rng.uniform(-1, 1, shape).astype(np.float32)
                       for shape in ((rows, units), (outs, units), (outs,), (rows, outs)))
        yield (rows, units, outs), x, w, b, dy


def results(mx):
    """Every case's results from ``mx`` (MXNet or distnet), each kind's arrays raveled one after another."""
    out = {name: [] for name in ("fwd", "fwd_nobias", "dx", "dw", "db")}
    for (rows, _, outs), x, w, b, _ in inputs(FORWARD):
        data, weight = mx.nd.array(x), mx.nd.array(w)
        out["fwd"].append(mx.nd.FullyConnected(data, weight, mx.nd.array(b), num_hidden=outs).asnumpy())
        if rows <= NO_BIAS_ROWS:
            out["fwd_nobias"].append(mx.nd.FullyConnected(data, weight, no_bias=True, num_hidden=outs).asnumpy())
    for (_, _, outs), x, w, b, dy in inputs(BACKWARD):
        args = [mx.nd.array(v) for v in (x, w, b)]
        for a in args:
            a.attach_grad()
        with mx.autograd.record():
            y = mx.nd.FullyConnected(*args, num_hidden=outs)
        y.backward(mx.nd.array(dy))
        for name, a in zip(("dx", "dw", "db"), args):
            out[name].append(a.grad.asnumpy())
    return {name: np.concatenate([v.ravel() for v in arrays]) for name, arrays in out.items()}


def split(flat, shapes):
    """The arrays of the given shapes, one after another in flat (how the fixture stores them)."""
    sizes = [int(np.prod(s)) for s in shapes]
    return [part.reshape(s) for part, s in zip(np.split(flat, np.cumsum(sizes)[:-1]), shapes)]
