"""Given weights, RNN parameters and states are checked against the data while its batch is unknown; a prelu's
gamma of known rank is left as given; simple_bind refuses negative sizes."""
import mxnet as mx
from _words import words

S = mx.sym


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", words(e))


for mode in ["rnn_tanh", "gru", "lstm"]:
    for bidirectional in [False, True]:
        inputs = [S.var("data"), S.var("p"), S.var("s")] + ([S.var("c")] if mode == "lstm" else [])
        rnn = S.RNN(*inputs, state_size=4, num_layers=2, mode=mode, bidirectional=bidirectional, name="rnn")
        for given in [dict(data=(0, 2, 3)), dict(data=(0, 2, 3), p=(10,)), dict(data=(5, 0, 3), s=(4, 2, 4)),
                      dict(data=(5, 0, 3), s=(0, 0, 4)), dict(data=(5, 2, 0)), dict(data=(0, 0, 3), s=(2, 3, 4))]:
            attempt(f"{mode} bidirectional={bidirectional} {given}", lambda: rnn.infer_shape_partial(**given))
prelu = S.LeakyReLU(S.var("data"), S.var("g"), act_type="prelu", name="pr")
for given in [dict(data=(2, 3, 5)), dict(data=(2, 3, 5), g=(0,)), dict(data=(0, 3, 5), g=(0,)), dict(g=(3,))]:
    attempt(f"prelu partial {given}", lambda: prelu.infer_shape_partial(**given))
    attempt(f"prelu {given}", lambda: prelu.infer_shape(**given))
fc = S.FullyConnected(S.var("data"), num_hidden=4, name="fc")
for shape in [(2, -1), (-2, 5), (2, 5)]:
    attempt(f"simple_bind {shape}", lambda: [a.shape for a in fc.simple_bind(mx.cpu(), data=shape).arg_arrays])
