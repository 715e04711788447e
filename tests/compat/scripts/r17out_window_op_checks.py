"""im2col/col2im, nearest UpSampling and Correlation: values and gradients over their options, and the checks
they make in MXNet's order and words (at the call, or when a kernel's result is read)."""
import numpy as np
import mxnet as mx
from mxnet import nd, autograd
from _words import words

rng = np.random.RandomState(7)


def attempt(label, fn):
    try:
        out = fn()
        print(label, "->", [o.asnumpy().round(4).ravel()[:12].tolist() for o in out])
    except Exception as e:
        print(label, "->", words(e))


def grads(op, inputs, **attrs):
    arrays = [nd.array(x) for x in inputs]
    for a in arrays:
        a.attach_grad()
    with autograd.record():
        y = getattr(nd, op)(*arrays, **attrs)
    y.backward(nd.array(rng.uniform(-1, 1, y.shape)))
    return [y] + [a.grad for a in arrays]


x4 = rng.uniform(-1, 1, (1, 2, 5, 5))
for attrs in [{"kernel": (2, 2)}, {"kernel": (3, 3), "stride": (2, 2), "pad": (1, 1)},
              {"kernel": (2, 3), "dilate": (2, 1)}, {"kernel": (3, 3), "pad": (2, 0), "stride": (1, 2)}]:
    attempt(f"im2col {attrs}", lambda: grads("im2col", [x4], **attrs))
    cols = nd.im2col(nd.array(x4), **attrs)
    attempt(f"col2im {attrs}", lambda: grads("col2im", [cols.asnumpy()], output_size=(5, 5), **attrs))
for shape, attrs in [((2, 2), {"kernel": (1, 1)}), ((1, 1, 4, 4), {"kernel": (2, 2, 2)}),
                     ((1, 1, 2, 2), {"kernel": (3, 3)}), ((1, 1, 5, 2), {"kernel": (2, 2), "dilate": (1, 2)}),
                     ((1, 1, 2, 2), {"kernel": (2, 2), "pad": (1, 1), "dilate": (2, 2)}),
                     ((1, 2, 6), {"kernel": (3,)}), ((1, 1, 3, 3), {"kernel": (0, 2)})]:
    attempt(f"im2col {shape} {attrs}", lambda: [nd.im2col(nd.ones(shape), **attrs)])
for dtype in ["int32", "uint8"]:
    attempt(f"im2col {dtype}", lambda: [nd.im2col(nd.ones((1, 1, 3, 3), dtype=dtype), kernel=(2, 2))])
    attempt(f"col2im {dtype}", lambda: [nd.col2im(nd.ones((1, 4, 4), dtype=dtype), output_size=(3, 3),
                                                  kernel=(2, 2))])
    attempt(f"UpSampling {dtype}", lambda: [nd.UpSampling(nd.ones((1, 1, 2, 2), dtype=dtype), scale=2,
                                                          sample_type="nearest")])
small = rng.uniform(-1, 1, (1, 2, 2, 3))
big = rng.uniform(-1, 1, (1, 1, 4, 6))
for mode in ["concat", "sum"]:
    for scale in [2, 4]:
        second = rng.uniform(-1, 1, (1, 2 if mode == "sum" else 1, 2 * scale // 2, 3 * scale // 2))
        attempt(f"UpSampling {mode} {scale}", lambda: grads("UpSampling", [small, second], scale=scale,
                                                            sample_type="nearest", num_args=2,
                                                            multi_input_mode=mode))
for second in [(1, 1, 3, 3), (1, 1, 4, 3), (1, 1, 4, 4)]:
    attempt(f"UpSampling divides {second}", lambda: [nd.UpSampling(nd.ones((1, 1, 2, 2)), nd.ones(second), scale=2,
                                                                   sample_type="nearest", num_args=2)])
a, b = rng.uniform(-1, 1, (1, 2, 5, 5)), rng.uniform(-1, 1, (1, 2, 5, 5))
for attrs in [{}, {"kernel_size": 3, "max_displacement": 1, "pad_size": 2},
              {"max_displacement": 2, "stride1": 2, "pad_size": 2},
              {"max_displacement": 2, "stride2": 2, "pad_size": 2, "is_multiply": False}]:
    attempt(f"Correlation {attrs}", lambda: grads("Correlation", [a, b], **attrs))
y = nd.Correlation(nd.array(a), nd.array(b), kernel_size=2)
print("even kernel", y.shape)
attempt("even kernel read", lambda: [y])
attempt("too small", lambda: [nd.Correlation(nd.ones((1, 1, 3, 3)), nd.ones((1, 1, 3, 3)), max_displacement=4)])
