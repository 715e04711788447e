"""Given parameter shapes are checked against the ones MXNet infers, even while the data's batch is unknown
(FullyConnected, Convolution, Deconvolution, Embedding), and InstanceNorm's
gamma and beta take the data's channels whatever was given."""
import re
import warnings

import mxnet as mx

warnings.simplefilter("ignore")
S = mx.sym
d = S.var("d")


def essential(error):
    lines = [line for line in str(error).split("\n") if line and not line.startswith((" ", "Traceback"))]
    text = re.sub(r"^MXNetError: ", "", lines[0] if lines else "")
    return re.sub(r"\[[\d:]+\] \S+:\d+: ", "", text)


fc = S.FullyConnected(d, num_hidden=4, name="n")
cases = [
    (fc, dict(d=(0, 3), n_weight=(5, 3))), (fc, dict(d=(0, 3), n_weight=(4, 0, 1))), (fc, dict(d=(0, 3), n_weight=(0, 2))),
    (fc, dict(d=(2, 3), n_bias=(3,))), (fc, dict(d=(0, 3), n_bias=(2, 3))),
    (S.FullyConnected(d, num_hidden=4, flatten=False, name="n"), dict(d=(0, 5, 3), n_weight=(4, 5))),
    (S.Convolution(d, kernel=(3,), num_filter=2, name="n"), dict(d=(0, 3, 6), n_weight=(2, 2, 3))),
    (S.Convolution(d, kernel=(3,), num_filter=2, name="n"), dict(d=(0, 3, 6), n_bias=(3,))),
    (S.Deconvolution(d, kernel=(3,), num_filter=2, name="n"), dict(d=(0, 3, 6), n_weight=(2, 2, 3))),
    (S.Embedding(d, input_dim=10, output_dim=4, name="n"), dict(d=(0, 3), n_weight=(10, 1))),
    (S.InstanceNorm(d, name="n"), dict(d=(2, 3, 4), n_gamma=(1, 3))),
    (S.InstanceNorm(d, name="n"), dict(d=(2, 0, 4), n_gamma=(5,))),
]
for sym, shapes in cases:
    for infer in (sym.infer_shape, sym.infer_shape_partial):
        try:
            print(sorted(shapes.items()), "->", infer(**shapes))
        except mx.base.MXNetError as e:
            print(sorted(shapes.items()), "raised", essential(e))
