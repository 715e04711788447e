"""Corners of the legacy NN operators: nan/-inf in max pooling, signed zeros, dtype rules, bad-parameter errors."""
import numpy as np
import mxnet as mx

nan, inf = np.nan, np.inf


def attempt(label, fn):
    try:
        out = fn()
        out = out if isinstance(out, (list, tuple)) else [out]
        print(label, [o.asnumpy().ravel().tolist() for o in out])
    except Exception as e:      # the error class is what must agree
        print(label, "error:", type(e).__name__)


def with_grad(fn, x, head=None):
    x.attach_grad()
    with mx.autograd.record():
        y = fn(x)
    y.backward(head if head is not None else mx.nd.arange(1, y.size + 1).reshape(y.shape).astype(y.dtype))
    return [y, x.grad]


# max pooling: nan never wins, a window of nan/-inf gives the lowest float; oneDNN (float32, channel-first)
# passes such a window's gradient to its first element, MXNet's own kernel drops it
row = np.array([nan, 1., nan, nan, 2., nan, -3., -inf, -inf])
for dt in ("float32", "float64", "float16"):
    for layout in ("NCW", "NWC"):
        for conv, pad in (("valid", 0), ("full", 0), ("valid", 1)):
            x = row.reshape(1, 1, 9) if layout == "NCW" else row.reshape(1, 9, 1)
            attempt(f"maxpool {dt} {layout} {conv} pad={pad}", lambda: with_grad(
                lambda a: mx.nd.Pooling(a, kernel=(2,), stride=(2,), pad=(pad,), pool_type="max",
                                        pooling_convention=conv, layout=layout), mx.nd.array(x, dtype=dt)))
grid = np.array([[nan, nan, 1., 2.], [nan, -inf, 3., nan]]).reshape(1, 1, 2, 4)
for dt in ("float64",):     # float32 2-D windows without a winner give -inf on AVX-512, the lowest float on AVX2
    attempt(f"maxpool2d tiles {dt}", lambda: with_grad(
        lambda a: mx.nd.Pooling(a, kernel=(2, 2), stride=(2, 2), pool_type="max"), mx.nd.array(grid, dtype=dt)))
# a nan head gradient reaches only the window's maximum
attempt("maxpool nan head", lambda: with_grad(
    lambda a: mx.nd.Pooling(a, kernel=(2,), stride=(1,), pool_type="max"), mx.nd.array([[[1., 3., 2.]]]),
    mx.nd.array([[[nan, 5.]]])))
# a sum starts at +0
for pt in ("sum", "avg"):
    attempt(f"{pt}pool -0", lambda: mx.nd.Pooling(mx.nd.array([[[-0.0, 1.0]]]), kernel=(1,), pool_type=pt,
                                                   layout="NWC"))

# CTCLoss reads data_lengths as the data's type and label_lengths as the label's
acts = mx.nd.array(np.random.RandomState(0).randn(4, 2, 3))
for ldt, ndt in (("float32", "float32"), ("float32", "int32"), ("int32", "int32"), ("int32", "float32")):
    for which in ("data", "label"):
        kw = {f"use_{which}_lengths": True, f"{which}_lengths": mx.nd.array([3, 2] if which == "data" else [1, 2],
                                                                          dtype=ndt)}
        attempt(f"ctc label={ldt} lengths={ndt} {which}",
                lambda: mx.nd.CTCLoss(acts, mx.nd.array([[1, 0], [1, 2]], dtype=ldt), **kw))

# ROIPooling's spatial_scale lies in [0, 1]
for scale in (0.0, 1.0, 1.0001, -0.5):
    attempt(f"roipool scale={scale}", lambda: mx.nd.ROIPooling(
        mx.nd.ones((1, 1, 4, 4)), mx.nd.array([[0, 0, 0, 2, 2]]), pooled_size=(1, 1), spatial_scale=scale))

# an attribute given by position and by keyword
x = mx.nd.array([[1., 2., 3.], [4., 5., 7.]])
attempt("log_softmax axis twice", lambda: mx.nd.log_softmax(x, mx.nd.array([1, 2]), axis=1))
attempt("softmax axis by position", lambda: mx.nd.log_softmax(x, 0))

# MakeLoss 'batch' divides by the leading size of the data flattened to 2-D (all but the last axis)
for shape in ((5,), (2, 3), (2, 3, 2)):
    attempt(f"makeloss batch {shape}", lambda: with_grad(
        lambda a: mx.nd.MakeLoss(a, normalization="batch", grad_scale=2.0), mx.nd.ones(shape))[1:])
# MAERegressionOutput's residual sign: -1 for 0 and nan
attempt("mae sign", lambda: with_grad(lambda a: mx.nd.MAERegressionOutput(
    a, mx.nd.array([1, 1, 0, nan, 0, inf])), mx.nd.array([1, 2, nan, 0, -0.0, inf]))[1:])
# GroupNorm/LayerNorm means follow the compensated sum: inf then a finite term is nan
gx = mx.nd.array([[[inf, 0.5], [0.25, -inf]], [[-inf, 1.0], [2.0, 3.0]]])
attempt("groupnorm inf mean", lambda: mx.nd.GroupNorm(gx, mx.nd.ones(2), mx.nd.zeros(2), num_groups=2,
                                                      output_mean_var=True)[1])
attempt("layernorm inf mean", lambda: mx.nd.LayerNorm(gx, mx.nd.ones(2), mx.nd.zeros(2), axis=1,
                                                      output_mean_var=True)[1])
# softmax past the length is 0, also beside a nan
attempt("softmax length nan", lambda: mx.nd.softmax(mx.nd.array([[nan, 1., 2.], [1., nan, 2.]]),
                                                    mx.nd.array([1, 1], dtype="int32"), axis=-1, use_length=True))
# the softmax family's backward with an output dtype other than the data's
rs = np.random.RandomState(7)
for op in ("softmax", "softmin", "log_softmax"):
    for idt, odt in (("float16", "float32"), ("float32", "float16"), ("float64", "float32"), ("float16", "float64"),
                     ("float32", "float64")):
        xv, dyv = rs.randn(2, 5), rs.randn(2, 5)
        attempt(f"{op} grad {idt}->{odt}", lambda: with_grad(
            lambda a: getattr(mx.nd, op)(a, axis=-1, dtype=odt, temperature=0.5), mx.nd.array(xv, dtype=idt),
            mx.nd.array(dyv, dtype=odt))[1:])

# oneDNN's float32 softmax beside a NaN: x86 max lets a NaN lose, exp clamps it to inf (short rows: one
# vector on AVX2 and AVX-512 alike)
nan_rows = mx.nd.array([[nan, 1, 2, 3], [1, nan, 2, 3], [1, 2, 3, nan], [nan, nan, 1, 2], [inf, 1, 2, 3],
                        [-inf, 1, 2, 3], [nan, inf, 1, 2], [1, 2, -inf, nan]])
attempt("softmax nan rows", lambda: mx.nd.softmax(nan_rows))
attempt("log_softmax nan rows", lambda: mx.nd.log_softmax(nan_rows))

# float16 BilinearSampler runs mshadow's half arithmetic: every step rounds to half
rs = np.random.RandomState(11)
hd = mx.nd.array(rs.randn(1, 2, 3, 4), dtype="float16")
hg = mx.nd.array(rs.uniform(-1.1, 1.1, (1, 2, 2, 3)), dtype="float16")
attempt("bilinear sampler half", lambda: with_grad(lambda a: mx.nd.BilinearSampler(a, hg), hd,
                                                   mx.nd.array(rs.randn(1, 2, 2, 3), dtype="float16")))
hg.attach_grad()
with mx.autograd.record():
    hy = mx.nd.BilinearSampler(hd, hg)
hy.backward(mx.nd.ones(hy.shape, dtype="float16"))
print("bilinear sampler half grid grad", hg.grad.asnumpy().ravel().tolist())

# Deconvolution whose output has a zero-size axis: float64 gives the empty result
for dt in ("float64", "float32"):
    try:
        print("deconv empty", dt, mx.nd.Deconvolution(
            mx.nd.ones((1, 1, 3, 4), dtype=dt), mx.nd.ones((1, 1, 2, 3), dtype=dt), mx.nd.ones(1, dtype=dt),
            kernel=(2, 3), num_filter=1, stride=(1, 2), pad=(2, 1), adj=(0, 1), no_bias=False).asnumpy().shape)
    except Exception as e:
        print("deconv empty", dt, "error:", type(e).__name__)

# ROIPooling bins start at float's lowest: nan never wins, a bin of -inf gives -3.4e38 and no gradient
roi_data = mx.nd.array([[[[nan, 1., -inf, -inf], [2., nan, -inf, -inf], [0., 0., 5., nan]]]], dtype="float64")
attempt("roipool nan/-inf", lambda: with_grad(lambda a: mx.nd.ROIPooling(
    a, mx.nd.array([[0, 0, 0, 3, 2]], dtype="float64"), pooled_size=(2, 2), spatial_scale=1.0), roi_data))

# error classes for bad input: integer data, mixed dtypes, counts and sizes out of range
ints = mx.nd.ones((2, 3), dtype="int32")
p3 = mx.nd.ones((3,))
for label, fn in [
        ("batchnorm int", lambda: mx.nd.BatchNorm(ints, p3, p3, p3, p3)),
        ("layernorm int", lambda: mx.nd.LayerNorm(ints, p3.astype("int32"), p3.astype("int32"))),
        ("l2norm int", lambda: mx.nd.L2Normalization(ints)),
        ("linreg int", lambda: mx.nd.LinearRegressionOutput(ints, ints)),
        ("makeloss int", lambda: mx.nd.MakeLoss(ints)),
        ("makeloss bad normalization", lambda: mx.nd.MakeLoss(p3, normalization="bogus")),
        ("softmaxoutput int", lambda: mx.nd.SoftmaxOutput(ints, mx.nd.ones((2,), dtype="int32"))),
        ("upsampling int", lambda: mx.nd.UpSampling(mx.nd.ones((1, 1, 2, 2), dtype="int32"), scale=2,
                                                   sample_type="nearest")),
        ("upsampling num_args", lambda: mx.nd.UpSampling(mx.nd.ones((1, 2, 2, 2)), scale=2, sample_type="nearest",
                                                        num_args=2)),
        ("upsampling two inputs", lambda: mx.nd.UpSampling(mx.nd.ones((1, 2, 2, 2)), mx.nd.ones((1, 1, 4, 4)),
                                                          scale=2, sample_type="nearest")),
        ("embedding bool", lambda: mx.nd.Embedding(mx.nd.ones((2,), dtype="bool"), mx.nd.ones((5, 2)), input_dim=5,
                                                   output_dim=2)),
        ("embedding scalar", lambda: mx.nd.Embedding(mx.nd.array(2), mx.nd.ones((5, 2)), input_dim=5, output_dim=2)),
        ("linreg scalar", lambda: mx.nd.LinearRegressionOutput(mx.nd.array(2), mx.nd.array(1))),
        ("dropout axes", lambda: mx.nd.Dropout(mx.nd.ones((3, 4)), p=0.5, axes=(3,))),
        ("dropout negative axes", lambda: mx.nd.Dropout(mx.nd.ones((3, 4)), p=0.5, axes=(-1,))),
        ("roipool pooled 0", lambda: mx.nd.ROIPooling(mx.nd.ones((1, 2, 4, 4)), mx.nd.ones((1, 5)),
                                                      pooled_size=(0, 2), spatial_scale=1.0)),
        ("roipool mixed", lambda: mx.nd.ROIPooling(mx.nd.ones((1, 2, 4, 4), dtype="float64"), mx.nd.ones((1, 5)),
                                                   pooled_size=(1, 2), spatial_scale=1.0)),
        ("sampler mixed", lambda: mx.nd.BilinearSampler(mx.nd.ones((1, 2, 4, 4), dtype="float64"),
                                                        mx.nd.ones((1, 2, 2, 2)))),
        ("transformer mixed", lambda: mx.nd.SpatialTransformer(
            mx.nd.ones((1, 2, 4, 4), dtype="float64"), mx.nd.ones((1, 6)), target_shape=(2, 2),
            transform_type="affine", sampler_type="bilinear")),
        ("lrn nsize 0", lambda: mx.nd.LRN(mx.nd.array([[[[-1.0, 2.0]]]]), nsize=0))]:
    attempt(label, fn)

# float64 Convolution / FullyConnected: an inf in one image leaves the others finite (12 digits: the last bits
# are the order of the BLAS kernel the CPU picks)
rs = np.random.RandomState(29)
cx = rs.randn(3, 1, 7)
cx[1, 0, 3] = inf
cw = rs.randn(1, 1, 5)
cy = mx.nd.Convolution(mx.nd.array(cx, dtype="float64"), mx.nd.array(cw, dtype="float64"), kernel=(5,),
                       num_filter=1, no_bias=True)
print("conv64 inf in one image", ["%.12g" % v for v in cy.asnumpy().ravel()])
fx = rs.randn(4, 24)
fx[2, 5] = nan
fy = mx.nd.FullyConnected(mx.nd.array(fx, dtype="float64"), mx.nd.array(rs.randn(1, 24), dtype="float64"),
                          num_hidden=1, no_bias=True)
print("fc64 nan in one row", ["%.12g" % v for v in fy.asnumpy().ravel()])

# CTCLoss: a sequence of zero steps costs 0 with a zero gradient (any other no-alignment label too)
ctc_x = mx.nd.array(np.random.RandomState(1).randn(3, 2, 4))
for steps, lab in (([0, 0], [[1, 2], [1, 0]]), ([0, 2], [[1, 2], [1, 0]]), ([3, 0], [[0, 0], [1, 0]])):
    attempt(f"ctc steps={steps}", lambda: with_grad(lambda a: mx.nd.CTCLoss(
        a, mx.nd.array(lab), mx.nd.array(steps), use_data_lengths=True), ctc_x.copy(), mx.nd.ones(2)))

# max pooling keeps the first of equal values (+0 before -0), as MXNet's "replace only if greater"
attempt("maxpool signed zeros", lambda: mx.nd.Pooling(mx.nd.array([[[0.0, -0.0, -0.0, 0.0]]], dtype="float64"),
                                                      kernel=(2,), stride=(2,), pool_type="max"))
print("maxpool signed zero bits", np.signbit(mx.nd.Pooling(mx.nd.array([[[0.0, -0.0, -0.0, 0.0]]]), kernel=(2,),
                                                          stride=(2,), pool_type="max").asnumpy()).ravel().tolist())
# float64 GroupNorm over 2100 terms: MXNet's compensated sum, term by term
gn = mx.nd.array(np.random.RandomState(3).randn(2, 6, 350) * 1e3 + 7, dtype="float64")
gn_out = mx.nd.GroupNorm(gn, mx.nd.ones(1, dtype="float64"), mx.nd.zeros(1, dtype="float64"), num_groups=1,
                         output_mean_var=True)
print("groupnorm64 mean/std", [float(v).hex() for v in gn_out[1].asnumpy().ravel()],
      [float(v).hex() for v in gn_out[2].asnumpy().ravel()])

# float32 Convolution/Deconvolution bias gradients: one running sum per channel, images then positions
rs = np.random.RandomState(24)
for op, wshape in (("Convolution", (8, 3, 3, 3)), ("Deconvolution", (3, 8, 3, 3))):
    cb = mx.nd.array(rs.randn(8))
    cb.attach_grad()
    with mx.autograd.record():
        cy = getattr(mx.nd, op)(mx.nd.array(rs.randn(4, 3, 12, 12)), mx.nd.array(rs.randn(*wshape)), cb,
                                kernel=(3, 3), num_filter=8, no_bias=False)
    cy.backward(mx.nd.array(rs.randn(*cy.shape)))
    print(op, "bias grad", [float(v).hex() for v in cb.grad.asnumpy()])
