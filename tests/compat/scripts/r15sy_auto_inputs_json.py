"""The inputs an op creates for itself (weight, bias, gamma, moving statistics, UpSampling's data and weight,
counted arg<i>) and their JSON: names, attributes copied onto them, initializers, and the parameter texts."""
import mxnet as mx
import numpy as np
from _words import words

S = mx.sym
d = S.var("d")
cases = [
    ("fc", lambda: S.FullyConnected(d, num_hidden=np.int64(3), no_bias=np.bool_(False), name="n")),
    ("fc no input", lambda: S.FullyConnected(num_hidden=2, name="n")),
    ("conv", lambda: S.Convolution(d, kernel=[3, 3], stride=[2, 2], pad=(1, 1), num_filter=2, cudnn_tune="fastest",
                                   name="n")),
    ("deconv", lambda: S.Deconvolution(d, kernel=(2, 2), num_filter=2, target_shape=(4, 4), adj=(1, 1), name="n")),
    ("bn", lambda: S.BatchNorm(d, eps=np.float32(0.001), momentum=0.8, fix_gamma=False, name="n")),
    ("ln gn in", lambda: S.Group([S.LayerNorm(d, axis=1, name="l"), S.GroupNorm(d, num_groups=2, name="g"),
                                  S.InstanceNorm(d, eps=0.01, name="i")])),
    ("emb", lambda: S.Embedding(d, input_dim=3, output_dim=2, dtype=np.float16, sparse_grad=True, name="n")),
    ("prelu", lambda: S.LeakyReLU(d, act_type="prelu", name="n")),
    ("rnn", lambda: S.RNN(d, state_size=4, num_layers=2, mode="lstm", p=0.2, bidirectional=True, projection_size=2,
                          lstm_state_clip_min=-1, lstm_state_clip_max=1, name="n")),
    ("softmax output", lambda: S.SoftmaxOutput(d, ignore_label=-1, use_ignore=True, normalization="valid",
                                               smooth_alpha=0.1, name="n")),
    ("regression", lambda: S.LinearRegressionOutput(d, grad_scale=2, name="n")),
    ("upsampling bilinear", lambda: S.UpSampling(d, scale=2, sample_type="bilinear", num_filter=3, num_args=2,
                                                 name="n")),
    ("upsampling bilinear no input", lambda: S.UpSampling(scale=2, sample_type="bilinear", num_filter=3, num_args=1,
                                                          name="n")),
    ("upsampling bilinear two", lambda: S.UpSampling(d, S.var("w"), scale=2, sample_type="bilinear", num_filter=3,
                                                     num_args=1, name="n")),
    ("upsampling bilinear three", lambda: S.UpSampling(d, d, d, scale=2, sample_type="bilinear", num_filter=3,
                                                       num_args=2, name="n")),
    ("upsampling nearest", lambda: S.UpSampling(d, scale=2, sample_type="nearest", num_args=3, name="n")),
    ("concat counted", lambda: S.Concat(d, dim=1, num_args=3, name="n")),
    ("ctc", lambda: S.CTCLoss(d, blank_label="last", use_label_lengths=True, name="n")),
    ("scalars", lambda: S.Group([d * 0.30000001192092896 + 1e-7, d + 2 ** 40, d * np.float16(0.1), 2.5 ** d,
                                 d ** 2.5, d + float("inf")])),
    ("init attrs", lambda: S.Group([S.var("w1", lr_mult=0.5, wd_mult=0, init=mx.init.Normal(0.02)),
                                    S.var("w2", init=mx.init.Xavier(rnd_type="gaussian", magnitude=2)),
                                    S.var("w3", init="zeros", shape=(2, 0), dtype="float16", stype="row_sparse")])),
]
for label, make in cases:
    try:
        sym = make()
    except Exception as e:
        print(label, "->", words(e))
        continue
    print(label, sym.list_arguments(), sym.list_auxiliary_states(), sym.list_outputs())
    print(sym.tojson())
    print(sorted((k, sorted(v.items())) for k, v in sym.attr_dict().items()))
