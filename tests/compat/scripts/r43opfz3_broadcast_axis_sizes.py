"""nd.broadcast_axis checks its sizes after its axes, in the result's order: the first negative one is unknown (-1) or invalid (below -1), as MXNet reports."""
import mxnet as mx

nd = mx.nd


def show(name, fn):
    try:
        r = fn()
        print(name, r.shape, r.asnumpy().sum())
    except mx.base.MXNetError as e:
        print(name, "MXNetError:", "\n".join(str(e).split("\n")[:3]))


x = nd.ones((1, 3, 1))
y = nd.ones((1, 3, 1, 1))
for ax, sz in [(0, -1), (0, -2), ((0, 2), (2, -3)), ((0, 2), (-1, -3)), ((0, 2), (-3, -1)), ((0, 2), (0, -3)),
               ((0,), (2, -3)), ((0, 5), (2, -3)), ((0, 5), (-3, 2)), ((1,), (-3,)), ((0, 0), (2, -3)),
               ((0, 1), (-1, 4)), ((0, 1), (-3, 4)), ((0, 2), (0, -1)), ((0, 2), (2, 4))]:
    show(f"x {ax} {sz}", lambda: nd.broadcast_axis(x, axis=ax, size=sz))
for ax, sz in [((3, 0), (-1, -3)), ((3, 0), (-3, -1)), ((2, 0), (-1, -3))]:
    show(f"y {ax} {sz}", lambda: nd.broadcast_axes(y, axis=ax, size=sz))
show("method", lambda: y.broadcast_axes(axis=(0,), size=(-4,)))
