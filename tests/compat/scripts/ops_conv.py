# Convolution, Deconvolution, Pooling, UpSampling: shapes, conventions, layouts, errors, gradients.
import numpy as np
import mxnet as mx
from mxnet import nd, autograd


def show(label, f, rnd=4):
    try:
        r = f()
        print(label, r.dtype.__name__, r.shape, np.round(r.asnumpy(), rnd).tolist())
    except Exception as e:
        print(label, "ERR", type(e).__name__)


x = nd.array(np.sin(np.arange(2 * 2 * 5 * 5)).reshape(2, 2, 5, 5))
w = nd.array(np.cos(np.arange(3 * 2 * 3 * 3)).reshape(3, 2, 3, 3) * 0.5)
b = nd.array([0.1, -0.2, 0.3])
show("conv", lambda: nd.Convolution(x, w, b, kernel=(3, 3), num_filter=3))
show("conv pad stride", lambda: nd.Convolution(x, w, b, kernel=(3, 3), num_filter=3, pad=(1, 1), stride=(2, 2)))
show("conv dilate", lambda: nd.Convolution(x, w, b, kernel=(3, 3), num_filter=3, dilate=(2, 2)))
show("conv no_bias", lambda: nd.Convolution(x, w, kernel=(3, 3), num_filter=3, no_bias=True))
show("conv groups", lambda: nd.Convolution(x, nd.ones((4, 1, 3, 3)), nd.zeros((4,)), kernel=(3, 3), num_filter=4, num_group=2))
show("conv 1d", lambda: nd.Convolution(nd.array(np.arange(12).reshape(1, 2, 6)), nd.ones((3, 2, 2)), nd.zeros((3,)), kernel=(2,), num_filter=3))
show("conv 3d", lambda: nd.Convolution(nd.ones((1, 1, 3, 3, 3)), nd.ones((2, 1, 2, 2, 2)), nd.zeros((2,)), kernel=(2, 2, 2), num_filter=2))
show("conv NHWC", lambda: nd.Convolution(x.transpose((0, 2, 3, 1)), w.transpose((0, 2, 3, 1)), b, kernel=(3, 3), num_filter=3, layout="NHWC"))
show("conv bad weight", lambda: nd.Convolution(x, w[:, :1], b, kernel=(3, 3), num_filter=3))
show("conv bad filter", lambda: nd.Convolution(x, w, b, kernel=(3, 3), num_filter=4))
show("conv too big", lambda: nd.Convolution(x, nd.ones((3, 2, 7, 7)), b, kernel=(7, 7), num_filter=3))
show("conv missing bias", lambda: nd.Convolution(x, w, kernel=(3, 3), num_filter=3))
show("conv int", lambda: nd.Convolution(x.astype("int32"), w.astype("int32"), b.astype("int32"), kernel=(3, 3), num_filter=3))
show("conv f64", lambda: nd.Convolution(x.astype("float64"), w.astype("float64"), b.astype("float64"), kernel=(3, 3), num_filter=3))
for kw in [{}, {"pad": (1, 1), "stride": (2, 2)}, {"no_bias": True}]:
    p = x.copy(); ww = w.copy(); bb = b.copy()
    for a in (p, ww, bb):
        a.attach_grad()
    with autograd.record():
        y = nd.Convolution(p, ww, None if kw.get("no_bias") else bb, kernel=(3, 3), num_filter=3, **kw)
    y.backward(nd.ones_like(y) * 0.5)
    print("conv grad", kw, np.round(p.grad.asnumpy(), 4).tolist(), np.round(ww.grad.asnumpy(), 4).tolist(), np.round(bb.grad.asnumpy(), 4).tolist())
# Deconvolution
wd = nd.array(np.cos(np.arange(2 * 3 * 3 * 3)).reshape(2, 3, 3, 3) * 0.5)
show("deconv", lambda: nd.Deconvolution(x, wd, nd.array([0.1, 0.2, 0.3]), kernel=(3, 3), num_filter=3))
show("deconv no_bias default", lambda: nd.Deconvolution(x, wd, kernel=(3, 3), num_filter=3))
show("deconv stride pad", lambda: nd.Deconvolution(x, wd, kernel=(3, 3), num_filter=3, stride=(2, 2), pad=(1, 1)))
show("deconv adj", lambda: nd.Deconvolution(x, wd, kernel=(3, 3), num_filter=3, stride=(2, 2), pad=(1, 1), adj=(1, 1)))
show("deconv target", lambda: nd.Deconvolution(x, wd, kernel=(3, 3), num_filter=3, stride=(2, 2), target_shape=(10, 10)))
show("deconv groups", lambda: nd.Deconvolution(x, nd.ones((2, 1, 2, 2)), kernel=(2, 2), num_filter=2, num_group=2))
p = x.copy(); ww = wd.copy(); p.attach_grad(); ww.attach_grad()
with autograd.record():
    y = nd.Deconvolution(p, ww, kernel=(3, 3), num_filter=3, stride=(2, 2))
y.backward(nd.ones_like(y))
print("deconv grad", np.round(p.grad.asnumpy(), 4).tolist(), np.round(ww.grad.asnumpy(), 4).tolist())
# Pooling
xp = nd.array(np.sin(np.arange(2 * 2 * 6 * 6) * 0.7).reshape(2, 2, 6, 6))
for pt in ["max", "avg", "sum", "lp"]:
    for kw in [{"kernel": (2, 2), "stride": (2, 2)}, {"kernel": (3, 3), "stride": (2, 2)},
               {"kernel": (3, 3), "stride": (2, 2), "pooling_convention": "full"},
               {"kernel": (3, 3), "stride": (2, 2), "pad": (1, 1)},
               {"kernel": (3, 3), "stride": (2, 2), "pad": (1, 1), "count_include_pad": False},
               {"kernel": (3, 3), "stride": (2, 2), "pooling_convention": "same"},
               {"global_pool": True}, {"kernel": (2, 2), "global_pool": True}, {"kernel": (3, 3)}]:
        extra = {"p_value": 2} if pt == "lp" else {}
        show("pool %s %s" % (pt, kw), lambda: nd.Pooling(xp, pool_type=pt, **kw, **extra))
show("pool lp3", lambda: nd.Pooling(xp, pool_type="lp", p_value=3, kernel=(2, 2), stride=(2, 2)))
show("pool lp1", lambda: nd.Pooling(xp, pool_type="lp", p_value=1, kernel=(2, 2), stride=(2, 2)))
show("pool 1d", lambda: nd.Pooling(nd.array(np.arange(14).reshape(1, 2, 7)), kernel=(3,), stride=(2,), pool_type="max"))
show("pool 3d", lambda: nd.Pooling(nd.array(np.arange(54).reshape(1, 2, 3, 3, 3)), kernel=(2, 2, 2), pool_type="avg"))
show("pool NHWC", lambda: nd.Pooling(xp.transpose((0, 2, 3, 1)), kernel=(2, 2), stride=(2, 2), pool_type="max", layout="NHWC"))
show("pool bad type", lambda: nd.Pooling(xp, kernel=(2, 2), pool_type="median"))
show("pool no kernel", lambda: nd.Pooling(xp, pool_type="max"))
show("pool too big", lambda: nd.Pooling(xp, kernel=(7, 7), pool_type="max"))
show("pool int", lambda: nd.Pooling(xp.astype("int32"), kernel=(2, 2), pool_type="max"))
show("pool f16", lambda: nd.Pooling(xp.astype("float16"), kernel=(2, 2), pool_type="avg"))
for pt, kw in [("max", {"kernel": (2, 2), "stride": (2, 2)}), ("max", {"kernel": (3, 3), "stride": (1, 1)}),
               ("avg", {"kernel": (3, 3), "stride": (2, 2), "pad": (1, 1)}),
               ("avg", {"kernel": (3, 3), "stride": (2, 2), "pad": (1, 1), "count_include_pad": False}),
               ("sum", {"kernel": (2, 2)}), ("lp", {"kernel": (2, 2), "p_value": 2}), ("max", {"global_pool": True}),
               ("avg", {"kernel": (3, 3), "stride": (2, 2), "pooling_convention": "full"})]:
    p = xp.copy(); p.attach_grad()
    with autograd.record():
        y = nd.Pooling(p, pool_type=pt, **kw)
    y.backward(nd.ones_like(y))
    print("pool grad", pt, kw, np.round(p.grad.asnumpy(), 4).tolist())
p = nd.array([[[[1.0, 1.0], [0.0, 1.0]]]]); p.attach_grad()
with autograd.record():
    y = nd.Pooling(p, kernel=(2, 2), pool_type="max")
y.backward()
print("pool max tie grad", p.grad.asnumpy().tolist())
# UpSampling
xu = nd.array(np.arange(8).reshape(1, 2, 2, 2))
show("upsample nearest", lambda: nd.UpSampling(xu, scale=2, sample_type="nearest"))
show("upsample nearest 3", lambda: nd.UpSampling(xu, scale=3, sample_type="nearest", num_args=1))
show("upsample multi", lambda: nd.UpSampling(xu, nd.ones((1, 1, 4, 4)), scale=2, sample_type="nearest", num_args=2))
show("upsample multi concat", lambda: nd.UpSampling(xu, nd.ones((1, 1, 4, 4)), scale=2, sample_type="nearest", num_args=2, multi_input_mode="sum"))
show("upsample bilinear", lambda: nd.UpSampling(xu, nd.ones((2, 1, 4, 4)), scale=2, sample_type="bilinear", num_filter=2))
p = xu.copy(); p.attach_grad()
with autograd.record():
    y = nd.UpSampling(p, scale=2, sample_type="nearest")
y.backward(nd.array(np.arange(32).reshape(1, 2, 4, 4)))
print("upsample grad", p.grad.asnumpy().tolist())
