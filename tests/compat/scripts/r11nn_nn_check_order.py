"""rrelu's predict-mode gradient, softmin's missing axis under autograd, regression outputs' check order, and the attribute order of parser errors."""
import mxnet as mx


def first_line(e):
    lines = [l for l in str(e).splitlines() if l.strip()]
    if lines and "Traceback" in lines[0]:
        files = [i for i, l in enumerate(lines) if l.startswith("  File ")]
        lines = lines[files[-1] + 1:]
    text = lines[0]
    for phrase in PHRASES:      # the check's own words, without what precedes them
        if phrase in text:
            return text[text.index(phrase):]
    return text


PHRASES = ("Shape inconsistent", "Incompatible attr", "This operation only", "Invalid Input", "axis ")


def show(title, f):
    try:
        r = f()
        print(title, r.dtype.__name__ if hasattr(r.dtype, "__name__") else r.dtype, r.shape, r.asnumpy().tolist())
    except mx.base.MXNetError as e:
        print(title, "MXNetError", first_line(e))


# rrelu outside training: the backward reads the output where the mask would be
for dt in ("float32", "float64", "float16"):
    x = mx.nd.array([[-2.0, -0.5, 3.0, 0.0, -1.5]], dtype=dt)
    x.attach_grad()
    with mx.autograd.record(train_mode=False):
        y = mx.nd.LeakyReLU(x, act_type="rrelu", lower_bound=0.2, upper_bound=0.4)[0]
    y.backward(mx.nd.array([[2.0, 3.0, 4.0, 5.0, 7.0]], dtype=dt))
    print("rrelu", dt, y.asnumpy().tolist(), x.grad.asnumpy().tolist())
    with mx.autograd.record(train_mode=False):
        z = mx.nd.LeakyReLU(x, act_type="rrelu", slope=0.3)[0] * 2
    z.backward()
    print("rrelu chain", dt, x.grad.asnumpy().tolist())

# softmin with an axis the data lacks: the kernel's error, forward and backward
for shape, axis in (((2, 3), 5), ((3,), -2)):
    x = mx.nd.ones(shape)
    x.attach_grad()
    show("softmin fwd %s" % (axis,), lambda: mx.nd.softmin(x, axis=axis))
    try:
        with mx.autograd.record():
            y = mx.nd.softmin(x, axis=axis)
        y.backward()
        x.grad.asnumpy()
        print("softmin bwd ok")
    except mx.base.MXNetError as e:
        print("softmin bwd MXNetError", first_line(e))

# regression outputs: shapes, then dtypes, then the float-only kernel
for op in ("LinearRegressionOutput", "LogisticRegressionOutput", "MAERegressionOutput"):
    f = getattr(mx.nd, op)
    for dt in ("float32", "int32"):
        show(op + " " + dt + " label (3,)", lambda: f(mx.nd.ones((3, 2), dtype=dt), mx.nd.ones((3,), dtype=dt)))
        show(op + " " + dt + " label (2,3)", lambda: f(mx.nd.ones((3, 2), dtype=dt), mx.nd.ones((2, 3), dtype=dt)))
        show(op + " " + dt + " label f64", lambda: f(mx.nd.ones((3, 2), dtype=dt), mx.nd.ones((3, 2), dtype="float64")))
        show(op + " " + dt + " same", lambda: f(mx.nd.ones((3, 1), dtype=dt), mx.nd.ones((3,), dtype=dt)))

# a parser's error lists the attributes as MXNet's front end sends them, whatever the call's order
x = mx.nd.ones((2, 3))
for kw in (dict(mode="bad", p=0.0), dict(p=0.5, mode="bad"), dict(cudnn_off=True, axes=(0,), mode="bad", p=0.1)):
    show("Dropout", lambda: mx.nd.Dropout(x, **kw))
for kw in (dict(normalization="bad", multi_output=True), dict(multi_output=True, normalization="bad"),
           dict(smooth_alpha=0.1, normalization="bad", grad_scale=2.0, use_ignore=True)):
    show("SoftmaxOutput", lambda: mx.nd.SoftmaxOutput(x, mx.nd.ones((2,)), **kw))
for kw in (dict(act_type="bad", slope=0.1), dict(upper_bound=0.5, act_type="bad", lower_bound=0.1)):
    show("LeakyReLU", lambda: mx.nd.LeakyReLU(x, **kw))
for kw in (dict(pool_type="max", kernel=(1, 1), pooling_convention="bad"), dict(pooling_convention="bad", kernel=(1, 1))):
    show("Pooling", lambda: mx.nd.Pooling(x.reshape((1, 1, 2, 3)), **kw))
show("L2Normalization", lambda: mx.nd.L2Normalization(x, eps=0.5, mode="bad"))
