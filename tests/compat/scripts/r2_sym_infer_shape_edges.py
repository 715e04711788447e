"""Symbol shape inference edge cases: zero-size outputs, repeated transpose axes, dot with unknown sizes."""
import mxnet as mx


def show(f):
    try:
        print(f())
    except mx.base.MXNetError as e:
        print("MXNetError", str(e).split("\n")[0].partition("Check failed: ")[2])


with mx.name.NameManager():
    x, y = mx.sym.var("x"), mx.sym.var("y")
    empty = mx.sym.slice(x, begin=(0, 5), end=(1, 6))
    show(lambda: empty.infer_shape(x=(2, 3)))
    show(lambda: mx.sym.one_hot(x, depth=0).infer_shape(x=(2, 3)))
    show(lambda: mx.sym.repeat(x, repeats=0).infer_shape(x=(2, 3)))
    show(lambda: mx.sym.repeat(x, repeats=0, axis=1).infer_shape(x=(2, 3)))
    show(lambda: (mx.sym.repeat(x, repeats=0) + 1).infer_shape(x=(2, 3)))
    show(lambda: (empty * 2).infer_shape(x=(2, 3)))
    show(lambda: mx.sym.sum(empty).infer_shape(x=(2, 3)))
    show(lambda: mx.sym.Group([empty, x + 1]).infer_shape(x=(2, 3)))
    show(lambda: (mx.sym.zeros(shape=(0, 3)) + x).infer_shape(x=(2, 3)))
    show(lambda: mx.sym.transpose(x, axes=(0, 0)).infer_shape(x=(2, 3)))
    show(lambda: mx.sym.transpose(x, axes=(1, 0, 0)).infer_shape(x=(2, 3, 4)))
    show(lambda: mx.sym.transpose(x, axes=(0, 0)).infer_shape_partial(x=(2, 3)))
    show(lambda: mx.sym.dot(x, y, transpose_a=True).infer_shape_partial(x=(2, 3), y=(0, 4)))
    show(lambda: mx.sym.dot(x, y, transpose_a=True).infer_shape_partial(x=(2, 3), y=(2, 0)))
    show(lambda: mx.sym.dot(x, y).infer_shape_partial(x=(2, 3)))
    show(lambda: mx.sym.dot(x, y).infer_shape_partial(x=(0, 3), y=(3, 0)))
    show(lambda: mx.sym.dot(x, y).infer_shape_partial(x=(0,), y=(3,)))
    show(lambda: mx.sym.dot(x, y).infer_shape_partial(x=(2, 0, 3), y=(0, 4)))
    show(lambda: mx.sym.dot(x, y).infer_shape_partial(x=(2, 3), y=(3, 0, 4)))
    show(lambda: mx.sym.dot(x, y, transpose_a=True).infer_shape_partial(x=(2, 0, 3), y=(2, 4)))
    show(lambda: mx.sym.dot(x, y, transpose_b=True).infer_shape_partial(x=(2, 3), y=(4, 0)))
    show(lambda: mx.sym.dot(x, y).infer_shape_partial(x=(2, 3), y=(0,)))
    show(lambda: empty.simple_bind(mx.cpu(), x=(2, 3)).forward()[0].shape)
    show(lambda: mx.sym.one_hot(x, depth=0).simple_bind(mx.cpu(), x=(2, 3)).forward()[0].shape)
