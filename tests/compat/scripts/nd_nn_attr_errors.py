# Attribute values MXNet 1.9.1 refuses in the NN operators (layouts for the wrong rank, lp p values,
# zero strides, UpSampling scale and mode, cudnn_tune, softmax dtype, SoftmaxOutput normalization).
import numpy as np
import mxnet as mx
from mxnet import nd
def run(label, f):
    try:
        r = f(); r.wait_to_read(); print(label, "ok", r.shape)
    except Exception as e:
        print(label, "ERR", type(e).__name__)
x3, x4, x5 = nd.ones((1, 2, 6)), nd.ones((1, 2, 6, 6)), nd.ones((1, 2, 4, 4, 4))
for lay in ("NCW", "NWC", "NCHW", "NHWC", "NCDHW", "NDHWC"):
    run(f"conv3 {lay}", lambda: nd.Convolution(x3, nd.ones((1, 2, 3)), kernel=(3,), num_filter=1, no_bias=True, layout=lay))
    run(f"conv4 {lay}", lambda: nd.Convolution(x4, nd.ones((1, 2, 3, 3)), kernel=(3, 3), num_filter=1, no_bias=True, layout=lay))
    run(f"pool3 {lay}", lambda: nd.Pooling(x3, kernel=(2,), layout=lay))
    run(f"pool4 {lay}", lambda: nd.Pooling(x4, kernel=(2, 2), layout=lay))
    run(f"pool5 {lay}", lambda: nd.Pooling(x5, kernel=(2, 2, 2), layout=lay))
    run(f"deconv4 {lay}", lambda: nd.Deconvolution(x4, nd.ones((2, 1, 3, 3)), kernel=(3, 3), num_filter=1, layout=lay))
for p in (None, 0, 1, 4, -1):
    run(f"lp p={p}", lambda: nd.Pooling(x4, kernel=(2, 2), pool_type="lp", p_value=p))
run("lp global nop", lambda: nd.Pooling(x4, global_pool=True, pool_type="lp"))
run("max p=7", lambda: nd.Pooling(x4, kernel=(2, 2), pool_type="max", p_value=7))
run("pool stride0", lambda: nd.Pooling(x4, kernel=(2, 2), stride=(1, 0)))
run("pool stride neg", lambda: nd.Pooling(x4, kernel=(2, 2), stride=(1, -1)))
run("pool kernel0", lambda: nd.Pooling(x4, kernel=(0, 2)))
run("pool pad neg", lambda: nd.Pooling(x4, kernel=(2, 2), pad=(-1, 0)))
run("ups scale0", lambda: nd.UpSampling(x4, scale=0, sample_type="nearest"))
run("ups scale-1", lambda: nd.UpSampling(x4, scale=-1, sample_type="nearest"))
for dt in ("int32", "float16", "uint8", "bool"):
    run(f"softmax dtype {dt}", lambda: nd.softmax(x4, dtype=dt))
    run(f"log_softmax dtype {dt}", lambda: nd.log_softmax(x4, dtype=dt))
    run(f"softmin dtype {dt}", lambda: nd.softmin(x4, dtype=dt))
run("so norm foo", lambda: nd.SoftmaxOutput(nd.ones((2, 3)), nd.zeros((2,)), normalization="foo"))
run("act foo", lambda: nd.Activation(x4, act_type="foo"))
run("leaky foo", lambda: nd.LeakyReLU(x4, act_type="foo"))
run("l2 foo", lambda: nd.L2Normalization(x4, mode="foo"))
run("ups type foo", lambda: nd.UpSampling(x4, scale=2, sample_type="foo"))
run("ups mode foo", lambda: nd.UpSampling(x4, x4, scale=2, sample_type="nearest", num_args=2, multi_input_mode="foo"))
run("pool conv foo", lambda: nd.Pooling(x4, kernel=(2, 2), pooling_convention="foo"))
run("pool type foo", lambda: nd.Pooling(x4, kernel=(2, 2), pool_type="foo"))
run("conv tune foo", lambda: nd.Convolution(x4, nd.ones((1, 2, 3, 3)), kernel=(3, 3), num_filter=1, no_bias=True, cudnn_tune="foo"))
run("conv layout foo", lambda: nd.Convolution(x4, nd.ones((1, 2, 3, 3)), kernel=(3, 3), num_filter=1, no_bias=True, layout="foo"))
run("pool layout foo", lambda: nd.Pooling(x4, kernel=(2, 2), layout="foo"))
# nearest UpSampling of several inputs: each input's height and width must scale by the same factor
a, b, c = nd.ones((1, 2, 3, 4)), nd.ones((1, 2, 6, 8)), nd.ones((1, 2, 1, 2))
run("ups sum even", lambda: nd.UpSampling(a, b, scale=2, sample_type="nearest", num_args=2, multi_input_mode="sum"))
run("ups sum uneven", lambda: nd.UpSampling(a, b, c, scale=2, sample_type="nearest", num_args=3, multi_input_mode="sum"))
run("ups concat uneven", lambda: nd.UpSampling(a, b, c, scale=2, sample_type="nearest", num_args=3))
