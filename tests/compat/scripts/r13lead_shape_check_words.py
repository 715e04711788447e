"""Concat's axis, reshape's codes and Convolution's kernel size fail with MXNet's check words (NDArray and symbol)."""
import mxnet as mx

nd = mx.nd


def show(label, f):
    try:
        r = f()
        print(label, r.shape if hasattr(r, 'shape') else r[1])
    except mx.base.MXNetError as e:
        last = [line for line in str(e).splitlines() if 'Check failed' in line][0]
        print(label, last[last.index('Check failed'):])


x = nd.ones((2, 3))
for dim in (2, -3, 5, -2):
    show(f"concat dim={dim}", lambda: nd.concat(x, x, dim=dim))
for codes in [(0, 0, 0), (-3, -3), (0, -3), (-3, 0), (0, 0, -3), (-3, -2, 0), (1, 1, -3),
              (0, 3), (-3,)]:
    for reverse in (False, True):
        show(f"reshape {codes} reverse={reverse}", lambda: nd.reshape(x, codes, reverse=reverse))
    show(f"sym reshape {codes}", lambda: mx.sym.reshape(mx.sym.var('a'), codes).infer_shape(a=(2, 3)))
convs = [((1, 1, 4), (5,), (), ()), ((1, 1, 4), (3,), (2,), ()), ((1, 1, 4, 6), (5, 3), (), ()),
         ((1, 1, 6, 4), (3, 5), (), ()), ((1, 1, 4, 4), (5, 5), (), (1, 0)), ((1, 1, 3, 4, 4), (4, 2, 2), (), ()),
         ((1, 1, 4, 3, 4), (2, 4, 2), (), ()), ((1, 1, 4, 4, 3), (2, 2, 4), (), ()), ((1, 1, 4, 4), (3, 3), (), ())]
for shape, kernel, dilate, pad in convs:
    w = nd.ones((2, 1) + kernel)
    show(f"conv {shape} k={kernel} d={dilate} p={pad}",
         lambda: nd.Convolution(nd.ones(shape), w, kernel=kernel, dilate=dilate, pad=pad, num_filter=2, no_bias=True))
    show(f"sym conv {shape} k={kernel}", lambda: mx.sym.Convolution(mx.sym.var('x'), kernel=kernel, dilate=dilate, pad=pad,
                                                                  num_filter=2, no_bias=True).infer_shape(x=shape))
