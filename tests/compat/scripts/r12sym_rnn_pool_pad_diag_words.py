"""infer_shape refusals of RNN states, SequenceMask lengths, Pooling, Pad, diag, UpSampling and swapaxes carry MXNet's
words on their first line (Pad reads its first four widths before counting them, UpSampling names its kernel)."""
import re

import mxnet as mx

S = mx.sym
d, a, b = S.var("d"), S.var("a"), S.var("b")


def essential(error):
    lines = [line for line in str(error).split("\n") if line and not line.startswith((" ", "Traceback"))]
    text = re.sub(r"^MXNetError: ", "", lines[0] if lines else "")
    return re.sub(r"\[[\d:]+\] \S+:\d+: ", "", text)


cases = [
    (S.RNN(d, a, b, mode="rnn_tanh", state_size=4, num_layers=2, bidirectional=True, name="n"),
     dict(d=(5, 2, 3), b=(1, 2, 4))),
    (S.RNN(d, a, b, S.var("c"), mode="lstm", state_size=4, num_layers=1, name="n"), dict(d=(5, 2, 3), c=(1, 3, 4))),
    (S.RNN(d, a, b, mode="gru", state_size=4, num_layers=1, name="n"), dict(d=(5, 2, 3), a=(7,))),
    (S.SequenceMask(d, a, use_sequence_length=True, axis=1, name="n"), dict(d=(4, 2, 3), a=(2, 3))),
    (S.SequenceMask(d, a, use_sequence_length=True, name="n"), dict(d=(4, 2, 3), a=(3,))),
    (S.Pooling(d, kernel=(2, 2), pool_type="lp", name="n"), dict(d=(1, 1, 4, 4))),
    (S.Pooling(d, kernel=(2,), pool_type="max", pooling_convention="same", name="n"), dict(d=(1, 1, 4))),
    (S.Pad(d, mode="constant", pad_width=(1, 1), name="n"), dict(d=(1, 1, 2, 2))),
    (S.Pad(d, mode="constant", pad_width=(0, 0), name="n"), dict(d=(1, 1, 2, 2))),
    (S.Pad(d, mode="edge", pad_width=(0, 0, 0, 0, 1, 1), name="n"), dict(d=(1, 1, 2, 2))),
    (S.Pad(d, mode="reflect", pad_width=(0, 0, 0, 0, 2, 2, 1, 1), name="n"), dict(d=(1, 1, 2, 2))),
    (S.diag(d, k=-5, name="n"), dict(d=(3, 3))),
    (S.diag(d, k=4, name="n"), dict(d=(2, 3, 3))),
    (S.diag(d, k=3, name="n"), dict(d=(3, 3))),
    (S.UpSampling(d, scale=2, sample_type="nearest", num_args=1, name="n"), dict(d=(1, 2, 3))),
    (S.UpSampling(d, a, scale=2, sample_type="bilinear", num_filter=2, num_args=2, name="n"), dict(d=(1, 2, 3))),
    (S.UpSampling(d, a, scale=2, sample_type="nearest", num_args=2, name="n"), dict(d=(1, 2, 3, 3), a=(1, 2, 3))),
    (S.swapaxes(d, dim1=3, dim2=0, name="n"), dict(d=(2, 3, 0))),
    (S.swapaxes(d, dim1=0, dim2=-5, name="n"), dict(d=(2, 3, 4))),
]
for sym, shapes in cases:
    for infer in (sym.infer_shape, sym.infer_shape_partial):
        try:
            print(shapes, "->", infer(**shapes))
        except mx.base.MXNetError as e:
            print(shapes, "raised", essential(e))
for call in (lambda: mx.nd.swapaxes(mx.nd.ones((2, 3, 4)), dim1=3, dim2=0),
             lambda: mx.nd.UpSampling(mx.nd.ones((1, 2, 3)), scale=2, sample_type="nearest", num_args=1)):
    try:
        call()
    except mx.base.MXNetError as e:
        print("array raised", essential(e).split(": ", 1)[1] if essential(e).startswith("SwapAxis") else essential(e))
