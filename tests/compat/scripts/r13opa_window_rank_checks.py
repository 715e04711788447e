"""Convolution, Deconvolution, im2col and col2im refuse window parameters of another length than the kernel in their parser's words (at symbol creation and before an NDArray call runs), and Deconvolution's adj and col2im's columns in their shape checks' words, as MXNet does."""
import mxnet as mx


def check_words(e):
    text = str(e)
    return text[text.index("Check failed"):].splitlines()[0] if "Check failed" in text else text.splitlines()[-1]


calls = {
    "Convolution": (lambda f, **k: f.Convolution(*args(f, (1, 2, 4, 4), (2, 2, 3, 3)), kernel=(3, 3), num_filter=2,
                                                no_bias=True, **k), ("stride", "dilate", "pad")),
    "Deconvolution": (lambda f, **k: f.Deconvolution(*args(f, (1, 2, 3, 3), (2, 2, 2, 2)), kernel=(2, 2),
                                                    num_filter=2, **k), ("stride", "dilate", "pad", "adj")),
    "im2col": (lambda f, **k: f.im2col(*args(f, (1, 2, 3, 3)), kernel=(2, 2), **k), ("stride", "dilate", "pad")),
    "col2im": (lambda f, **k: f.col2im(*args(f, (1, 8, 4)), output_size=(3, 3), kernel=(2, 2), **k),
               ("stride", "dilate", "pad")),
}


def args(f, *shapes):
    if f is mx.sym:
        return [mx.sym.var(f"in{i}") for i in range(len(shapes))]
    return [mx.nd.ones(s) for s in shapes]


for name, (call, keys) in calls.items():
    for key in keys:
        for value in ((1,), 2, (1, 1, 1), (1, 1)):
            for f in (mx.nd, mx.sym):
                label = f"{name} {'nd' if f is mx.nd else 'sym'} {key}={value}"
                try:
                    r = call(f, **{key: value})
                    print(label, "ok", r.shape if f is mx.nd else r.list_arguments())
                except mx.base.MXNetError as e:
                    print(label, "MXNetError", check_words(e))

# the other shape checks of Deconvolution's adj and col2im's columns, in MXNet's words
for shape, kernel, adj in (((1, 2, 4), (2,), (1,)), ((1, 2, 3, 3), (2, 2), (0, 1)), ((1, 2, 3, 3, 3), (2, 2, 2), (1, 0, 0))):
    try:
        mx.nd.Deconvolution(mx.nd.ones(shape), mx.nd.ones((2, 2) + kernel), kernel=kernel, num_filter=2, adj=adj)
    except mx.base.MXNetError as e:
        print("Deconvolution adj", adj, check_words(e))
for shape in ((1, 7, 4), (1, 8, 5), (1, 8, 4)):
    try:
        print("col2im", shape, mx.nd.col2im(mx.nd.ones(shape), output_size=(3, 3), kernel=(2, 2)).asnumpy().ravel()[:3])
    except mx.base.MXNetError as e:
        print("col2im", shape, check_words(e))

# the parsers take kernels of 1 to 3 dimensions
for name in ("Convolution", "Deconvolution"):
    for kernel in ((), (1, 1, 1, 1)):
        for f in (mx.nd, mx.sym):
            try:
                getattr(f, name)(*args(f, (1, 2, 4, 4), (2, 2, 3, 3)), kernel=kernel, num_filter=2, no_bias=True)
                print(name, kernel, "accepted")
            except mx.base.MXNetError as e:
                print(name, "nd" if f is mx.nd else "sym", kernel, check_words(e))
