"""npx operators' float16/32/64 results compared bit for bit (a digest of their bytes): softmax family,
activations, norms, pooling, dense and convolution layers, rnn, and roi_pooling (double rois scaled by a float).
(float32 dense and rnn layers follow the CPU's oneDNN kernels: the recording machine's differ from the suite's.)"""
import hashlib
import numpy as onp
import mxnet as mx
from mxnet import autograd, np, npx
from _words import words

npx.set_np()
rs = onp.random.RandomState(11)


def R(*shape, dt="float32", scale=3):
    return np.array((rs.standard_normal(shape) * scale).astype(dt), dtype=dt)


def bits(label, fn):
    try:
        r = fn()
        rs_ = r if isinstance(r, (list, tuple)) else [r]
        print(label, "->", [hashlib.md5(a.asnumpy().tobytes()).hexdigest()[:12] + " " + str(a.dtype) + str(a.shape)
                            for a in rs_])
    except Exception as e:
        print(label, "->", words(e))


for dt in ["float16", "float32", "float64"]:
    x = R(4, 37, dt=dt)
    bits(f"softmax {dt}", lambda: npx.softmax(x, temperature=0.7))
    bits(f"log_softmax axis0 {dt}", lambda: npx.log_softmax(x, axis=0))
    bits(f"softmax length {dt}", lambda: npx.softmax(x, np.array([3, 37, 1, 20], dtype="int32"), use_length=True))
    for act in ["sigmoid", "tanh", "softrelu", "softsign", "log_sigmoid", "mish"]:
        bits(f"activation {act} {dt}", lambda: npx.activation(x, act_type=act))
    for act in ["elu", "selu", "gelu"]:
        bits(f"leaky_relu {act} {dt}", lambda: npx.leaky_relu(x, act_type=act, slope=0.17))
    for name in ["erf", "gamma", "gammaln"]:
        bits(f"{name} {dt}", lambda: getattr(npx, name)(x))
    bits(f"erfinv {dt}", lambda: npx.erfinv(x / 4))
    bits(f"layer_norm {dt}", lambda: npx.layer_norm(x, R(37, dt=dt), R(37, dt=dt), output_mean_var=True))
    x4 = R(2, 3, 5, 6, dt=dt)
    bits(f"pooling avg {dt}", lambda: npx.pooling(x4, kernel=(3, 3), pool_type="avg", stride=(2, 2), pad=(1, 1)))
    bits(f"pooling lp {dt}", lambda: npx.pooling(x4, kernel=(2, 2), pool_type="lp", p_value=2))
    if dt != "float32":
        bits(f"fully_connected {dt}", lambda: npx.fully_connected(x, R(9, 37, dt=dt), R(9, dt=dt), num_hidden=9))
    bits(f"convolution {dt}", lambda: npx.convolution(x4, R(4, 3, 3, 3, dt=dt), R(4, dt=dt), kernel=(3, 3),
                                                      num_filter=4, pad=(1, 1)))
    g = R(3, dt="float32" if dt == "float16" else dt)

    def training_batch_norm():
        with autograd.train_mode():
            return npx.batch_norm(x4, g, g, g, np.abs(g) + 1, fix_gamma=False, output_mean_var=True)
    bits(f"batch_norm training {dt}", training_batch_norm)
    if dt != "float32":
        bits(f"rnn lstm {dt}", lambda: npx.rnn(R(4, 2, 3, dt=dt), R(200, dt=dt, scale=0.3), R(1, 2, 5, dt=dt),
                                               R(1, 2, 5, dt=dt), state_size=5, num_layers=1, mode="lstm",
                                               state_outputs=True))
    bits(f"roi_pooling {dt}", lambda: npx.roi_pooling(x4, np.array([[0, 0.5, 1.2, 4.3, 3.9], [1, 1, 1, 5, 4]],
                                                                    dtype=dt), pooled_size=(2, 2), spatial_scale=0.9))
