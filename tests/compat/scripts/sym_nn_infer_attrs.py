# Symbol shape inference of the NN operators over random attribute combinations (Convolution, Deconvolution
# with adj/target_shape, Pooling conventions) and the other NN layers, Sequence* lengths included.
import numpy as np
import mxnet as mx
R = np.random.RandomState(0)
def show(label, s, **shapes):
    try:
        a, o, x = s.infer_shape(**shapes)
        print(label, "args", a, "outs", o, "aux", x)
    except Exception as e:
        print(label, "ERR", type(e).__name__)
d = mx.sym.Variable("data")
for i in range(120):
    nd_ = R.choice([1, 2, 3]); k = tuple(int(v) for v in R.randint(1, 4, nd_)); st = tuple(int(v) for v in R.randint(1, 3, nd_))
    pd = tuple(int(v) for v in R.randint(0, 3, nd_)); di = tuple(int(v) for v in R.randint(1, 3, nd_))
    sp = tuple(int(v) for v in R.randint(3, 8, nd_)); g = int(R.choice([1, 2]))
    shape = (2, 2 * g) + sp
    op = R.choice(["conv", "deconv", "pool"])
    with mx.name.NameManager():
        if op == "conv":
            s = mx.sym.Convolution(d, kernel=k, stride=st, pad=pd, dilate=di, num_filter=2 * g, num_group=g, no_bias=bool(R.randint(2)))
        elif op == "deconv":
            kw = {}
            if R.rand() < .3: kw["adj"] = tuple(int(R.randint(0, s_)) for s_ in st)
            if R.rand() < .3: kw["target_shape"] = tuple(int(v * s_) for v, s_ in zip(sp, st))
            s = mx.sym.Deconvolution(d, kernel=k, stride=st, pad=pd, dilate=di if nd_ < 3 else (1,) * nd_, num_filter=2 * g, num_group=g, no_bias=bool(R.randint(2)), **kw)
        else:
            kw = dict(pool_type=str(R.choice(["max", "avg", "sum", "lp"])), pooling_convention=str(R.choice(["valid", "full"])))
            if kw["pool_type"] == "lp": kw["p_value"] = 2
            if R.rand() < .2: kw["global_pool"] = True
            s = mx.sym.Pooling(d, kernel=k, stride=st, pad=tuple(min(p, kk - 1) for p, kk in zip(pd, k)), **kw)
    show(f"{i} {op} {shape} k{k} s{st} p{pd} d{di}", s, data=shape)
with mx.name.NameManager():
    show("bn axis", mx.sym.BatchNorm(d, axis=-1), data=(2, 3, 4))
    show("ln axis", mx.sym.LayerNorm(d, axis=0), data=(2, 3, 4))
    show("gn", mx.sym.GroupNorm(d, num_groups=2), data=(2, 4, 3))
    show("in", mx.sym.InstanceNorm(d), data=(2, 4, 3))
    show("emb", mx.sym.Embedding(d, input_dim=7, output_dim=3), data=(2, 5))
    show("ups bil", mx.sym.UpSampling(d, scale=2, sample_type="bilinear", num_filter=3), data=(1, 3, 4, 4))
    show("ups near", mx.sym.UpSampling(d, scale=3, sample_type="nearest"), data=(1, 3, 4, 4))
    show("so", mx.sym.SoftmaxOutput(d, multi_output=True), data=(2, 3, 4))
    show("so ps", mx.sym.SoftmaxOutput(d, preserve_shape=True), data=(2, 3, 4))
    show("svm", mx.sym.SVMOutput(d), data=(2, 3, 4))
    show("lro", mx.sym.LinearRegressionOutput(d), data=(2, 3))
    show("seqlast", mx.sym.SequenceLast(d, axis=1), data=(2, 3, 4))
    show("seqmask", mx.sym.SequenceMask(d, use_sequence_length=True), data=(4, 3, 2))
    show("prelu", mx.sym.LeakyReLU(d, act_type="prelu"), data=(2, 3, 4))
    show("softmax len", mx.sym.softmax(d, mx.sym.Variable("length"), use_length=True, axis=1), data=(2, 3, 4))
    show("l2n", mx.sym.L2Normalization(d, mode="spatial"), data=(2, 3, 4))
    show("lrn", mx.sym.LRN(d, nsize=3), data=(2, 3, 4, 4))
    show("fc flat", mx.sym.FullyConnected(d, num_hidden=5, flatten=False), data=(2, 3, 4))
    show("bn out_mv", mx.sym.BatchNorm(d, output_mean_var=True), data=(2, 3, 4))

for op in ("SequenceMask", "SequenceLast", "SequenceReverse"):
    for ax in (0, 1):
        for use in (True, False):
            with mx.name.NameManager():
                try:
                    s = getattr(mx.sym, op)(d, use_sequence_length=use, axis=ax) if use or ax == 0 else getattr(mx.sym, op)(d, axis=ax)
                    print(op, ax, use, s.list_arguments(), s.infer_shape(data=(4, 3, 2)))
                except Exception as e:
                    print(op, ax, use, "ERR", type(e).__name__)
