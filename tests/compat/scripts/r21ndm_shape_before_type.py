"""Operators whose shape inference refuses an input before its type check would: quantized layers' ranges and
weights, softmax_cross_entropy's label, pick's index."""
import mxnet as mx
from _words import words

C = mx.nd.contrib


def A(shape, dtype="int8"):
    return mx.nd.ones(shape, dtype=dtype)


def show(tag, fn):
    try:
        y = fn()
        ys = y if isinstance(y, (list, tuple)) else [y]
        print(tag, "ok", [(o.shape, o.dtype.__name__) for o in ys])
    except mx.base.MXNetError as e:
        print(tag, words(e))


r1 = A((1,), "float32")
for dt in ("int8", "uint8", "float32", "float16"):
    for bad in ((2, 3), (2,), ()):
        if not bad:
            continue
        r = A(bad, "float32")
        show(f"act {dt} {bad}", lambda: C.quantized_act(A((2, 3), dt), r, r1, act_type="relu"))
        show(f"flatten {dt} {bad}", lambda: C.quantized_flatten(A((2, 3), dt), r1, r))
        show(f"pooling {dt} {bad}", lambda: C.quantized_pooling(A((1, 1, 2, 3), dt), r, r1, kernel=(1, 1)))
        show(f"add {dt} {bad}", lambda: C.quantized_elemwise_add(A((2, 3), dt), A((2, 3), dt), r1, r, r1, r1))
        show(f"mul {dt} {bad}", lambda: C.quantized_elemwise_mul(A((2, 3), dt), A((2, 3), dt), r1, r, r1, r1))
        show(f"embedding {dt} {bad}", lambda: C.quantized_embedding(A((2,), "float32"), A((4, 2), dt), r, r1,
                                                                     input_dim=4, output_dim=2))
        show(f"fc {dt} {bad}", lambda: C.quantized_fully_connected(A((2, 3), dt), A((2, 3)), A((2,)), r, *[r1] * 5,
                                                                   num_hidden=2))
        show(f"bn {dt} {bad}", lambda: C.quantized_batch_norm(A((2, 3), dt), *[A((3,), "float32")] * 4, r1, r))
    show(f"embedding weight {dt}", lambda: C.quantized_embedding(A((2,), "float32"), A((2, 3), dt), r1, r1,
                                                                 input_dim=4, output_dim=2))
    show(f"fc weight {dt}", lambda: C.quantized_fully_connected(A((2, 3), dt), A((2, 4), dt), A((2,)), *[r1] * 6,
                                                                num_hidden=2))
    show(f"fc bias {dt}", lambda: C.quantized_fully_connected(A((2, 3), dt), A((2, 3), dt), A((3,)), *[r1] * 6,
                                                              num_hidden=2))
    show(f"fc no_bias {dt}", lambda: C.quantized_fully_connected(A((2, 3), dt), A((2, 3), dt), r1, r1, A((2,), "float32"),
                                                                 r1, num_hidden=2, no_bias=True))
    show(f"bn gamma {dt}", lambda: C.quantized_batch_norm(A((2, 3), dt), A((2, 3), "float32"),
                                                          *[A((3,), "float32")] * 3, r1, r1))

for d1 in ("float16", "float32", "float64", "int32"):
    for d2 in ("float32", "int32", "float16"):
        for label in ((2, 3), (2,), (3,)):
            show(f"softmax_cross_entropy {d1} {d2} {label}",
                 lambda: mx.nd.softmax_cross_entropy(A((2, 3), d1), A(label, d2)))
for d in ("float32", "int32", "bool"):
    for idx in ((2, 3), (3,), (2, 1), (1, 3)):
        show(f"pick {d} {idx}", lambda: mx.nd.pick(A((2, 3), "float32"), A(idx, d)))
        show(f"choose_element_0index {d} {idx}", lambda: mx.nd.choose_element_0index(A((2, 3), "float32"), A(idx, d)))
for dt in ("uint8", "int8", "float32"):
    for data, weight in (((2, 3), (2, 3)), ((1, 2, 3, 4), (1, 2, 3, 4)), ((1, 2, 3), (2, 2, 1, 1))):
        show(f"conv {dt} {data} {weight}", lambda: C.quantized_conv(A(data, dt), A(weight), A((2,)), *[r1] * 6,
                                                                     kernel=(1, 1), num_filter=2))
