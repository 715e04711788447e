"""On AVX2 an inference executor's convolution fused with the add after it runs oneDNN's reference kernel where the unfused one does, else its im2col sgemm from the other operand with the channels in the blocks the unfused one takes."""
# recorded on AVX2
import zlib

import numpy as np
import mxnet as mx


def crc(a):
    return zlib.crc32(a.asnumpy().tobytes())


rng = np.random.RandomState(3)
for c, f, hw, k, bias in ((8, 4, 28, 5, True), (16, 4, 16, 7, False), (8, 6, 28, 7, True), (16, 6, 16, 7, True),
                          (8, 12, 28, 7, False), (16, 8, 28, 5, True), (16, 6, 28, 7, True), (16, 12, 28, 7, False)):
    data, res = mx.sym.var("data"), mx.sym.var("res")
    conv = mx.sym.Convolution(data, kernel=(k, k), pad=(k // 2, k // 2), num_filter=f, no_bias=not bias, name="conv")
    summed = conv + res
    out = mx.sym.Group([summed, mx.sym.BatchNorm(summed, fix_gamma=False, name="bn")])
    args = {"data": mx.nd.array(rng.normal(size=(1, c, hw, hw))), "res": mx.nd.array(rng.normal(size=(1, f, hw, hw))),
            "conv_weight": mx.nd.array(rng.normal(size=(f, c, k, k))),
            "bn_gamma": mx.nd.array(rng.uniform(0.5, 1.5, size=(f,))), "bn_beta": mx.nd.array(rng.normal(size=(f,)))}
    aux = {"bn_moving_mean": mx.nd.array(rng.normal(size=(f,))),
           "bn_moving_var": mx.nd.array(rng.uniform(0.5, 2, size=(f,)))}
    if bias:
        args["conv_bias"] = mx.nd.array(rng.normal(size=(f,)))
    ex = out.bind(mx.cpu(), args, aux_states=aux)
    ys = ex.forward(is_train=False)
    print((c, f, hw, k, bias), crc(ys[0]), crc(ys[1]))
