"""col2im and khatri_rao on inputs of other ranks: shape inference reads, kernel checks fail on reading."""
import mxnet as mx
from _words import words


def show(tag, fn):
    try:
        y = fn()
        print(tag, "call ok", y.shape)
        print(tag, "read", y.asnumpy().ravel()[:4].tolist())
    except mx.base.MXNetError as e:
        print(tag, words(e))


for shape in [(2, 3), (6,), (1, 2, 3, 4), (1, 1, 1, 1), (1, 4, 1), (1, 3, 1), (1, 4, 2)]:
    for kernel, size in [((1, 1), (1, 1)), ((2, 2), (1, 1)), ((1, 2), (1, 2))]:
        show(f"col2im {shape} k{kernel} o{size}",
             lambda: mx.nd.col2im(mx.nd.ones(shape), output_size=size, kernel=kernel))
for a, b in [((1, 2, 3, 4), (1, 2, 3, 4)), ((2,), (2,)), ((2, 3, 4), (2, 3, 4)), ((2, 3), (2, 3, 4)),
             ((2, 3), (4, 3)), ((2, 3, 4), (2, 3)), ((2, 3), (2, 4))]:
    show(f"khatri_rao {a} {b}", lambda: mx.nd.khatri_rao(mx.nd.ones(a) * 2, mx.nd.ones(b)))
