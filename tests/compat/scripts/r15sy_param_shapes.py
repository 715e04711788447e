"""Parameter shapes given to infer_shape next to the data's: what MXNet checks (a weight of another size), what it
overrides (normalizations assign their parameters from the data) and what it derives, for the common layers."""
import warnings

import mxnet as mx
from _words import words

warnings.simplefilter("ignore")
S = mx.sym
d = S.var("data")
layers = [
    (S.FullyConnected(d, num_hidden=4, name="n"), (2, 3)),
    (S.FullyConnected(d, num_hidden=4, flatten=False, name="n"), (2, 2, 3)),
    (S.Convolution(d, kernel=(3, 3), num_filter=2, name="n"), (1, 2, 5, 5)),
    (S.Convolution(d, kernel=(2, 2), num_filter=4, num_group=2, name="n"), (1, 2, 4, 4)),
    (S.Deconvolution(d, kernel=(2, 2), num_filter=2, name="n"), (1, 2, 3, 3)),
    (S.BatchNorm(d, name="n"), (2, 3, 2)),
    (S.BatchNorm(d, axis=-1, name="n"), (2, 3)),
    (S.LayerNorm(d, name="n"), (2, 3)),
    (S.InstanceNorm(d, name="n"), (2, 3, 2)),
    (S.GroupNorm(d, num_groups=1, name="n"), (2, 4, 2)),
    (S.contrib.SyncBatchNorm(d, key="k", name="n"), (2, 3, 2)),
    (S.contrib.BatchNormWithReLU(d, name="n"), (2, 3, 2)),
    (S.Embedding(d, input_dim=5, output_dim=3, name="n"), (2, 2)),
    (S.LeakyReLU(d, act_type="prelu", name="n"), (2, 3)),
]
for sym, shape in layers:
    args = sym.list_arguments()
    full = dict(zip(args, sym.infer_shape(data=shape)[0]))
    print(sym.name, sym.get_internals().list_outputs()[-1], full)
    for name in args[1:]:
        good = full[name]
        for label, bad in (("plus1", good[:-1] + (good[-1] + 1,)), ("extra", good + (1,)), ("drop", good[1:])):
            try:
                print(" ", name, label, bad, "->", sym.infer_shape(**dict(full, **{name: bad})))
            except mx.base.MXNetError as e:
                print(" ", name, label, bad, "->", words(e))
