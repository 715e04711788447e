"""Creating an operator's symbol with wrong arguments: MXNet parses the parameters (required ones, num_args of the
variadic ops, the inputs' name given a value) before it encodes the node's name, so those refusals come first."""
import mxnet as mx
from _words import words

S = mx.sym
d = S.var("d")
cases = [
    ("Activation name=3", lambda: S.Activation(d, name=3)),
    ("FullyConnected name=3", lambda: S.FullyConnected(d, name=3)),
    ("Convolution name=3", lambda: S.Convolution(d, name=3)),
    ("Pooling name=3", lambda: S.Pooling(d, name=3)),
    ("Cast name=3", lambda: S.Cast(d, name=3)),
    ("Custom name=3", lambda: S.Custom(d, name=3)),
    ("relu name=3", lambda: S.relu(d, name=3)),
    ("FullyConnected ok name=3", lambda: S.FullyConnected(d, num_hidden=2, name=3)),
    ("reset_arrays", lambda: S.reset_arrays(d)),
    ("reset_arrays name=3", lambda: S.reset_arrays(d, name=3)),
    ("Concat num_args=x", lambda: S.Concat(d, num_args="x")),
    ("Concat num_args=None", lambda: S.Concat(d, num_args=None)),
    ("Concat num_args=[1, 2]", lambda: S.Concat(d, num_args=[1, 2])),
    ("stack num_args=x", lambda: S.stack(d, num_args="x")),
    ("Crop num_args=x", lambda: S.Crop(d, num_args="x")),
    ("Crop data=bad", lambda: S.Crop(d, data="bad!")),
    ("Concat data=1", lambda: S.Concat(d, data=1)),
    ("Concat ok", lambda: S.Concat(d, d, num_args=2, dim=0, name="c")),
]
for label, make in cases:
    try:
        print(label, "->", make().tojson())
    except (mx.base.MXNetError, AttributeError) as e:
        print(label, "->", words(e))
