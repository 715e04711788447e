"""Symbol creation's parameter errors: the attributes in the order MXNet's parser receives them, a symbol given for
a parameter parsed as its text, a given value's refusal before a missing one's, and a variadic op's num_args."""
import re
import numpy as np
import mxnet as mx


def words(e):
    """The exception type and MXNet's whole message, without the C++ trace, source positions or timestamps."""
    text = str(e).split("Stack trace:")[0]
    lines = [line for line in text.splitlines()
             if not line.startswith("Traceback (most") and not line.strip().startswith("File \"")]
    lines = [line[len("MXNetError: "):] if line.startswith("MXNetError: ") else line for line in lines]
    text = re.sub(r"\[\d\d:\d\d:\d\d\] \S+:\d+: ", "", "\n".join(lines).strip())
    return f"{type(e).__name__}: {text}"


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:      # noqa: BLE001  (the error is what is compared)
        print(label, "->", words(e))

x, y = mx.sym.var("x"), mx.sym.var("y")
cases = [
    ("fc foo first", lambda: mx.sym.FullyConnected(x, foo=3, num_hidden=2)),
    ("fc foo last", lambda: mx.sym.FullyConnected(x, num_hidden=2, no_bias=True, flatten=False, foo=3)),
    ("activation foo", lambda: mx.sym.Activation(x, foo=1, act_type="relu")),
    ("user attribute", lambda: mx.sym.FullyConnected(x, num_hidden=2, no_bias=True, attr={"mood": "x", "aa": "b"})),
    ("missing with a scope", lambda: mx.sym.FullyConnected(x, no_bias=True, attr={"__k__": "v"})),
    ("dropout by position", lambda: mx.sym.Dropout(x, y)),
    ("activation by position", lambda: mx.sym.Activation(x, y)),
    ("clip by position", lambda: mx.sym.clip(x, y)),
    ("slice_axis by keyword", lambda: mx.sym.slice_axis(x, axis=y)),
    ("pad by position", lambda: mx.sym.Pad(x, y)),
    ("swapaxis by position", lambda: mx.sym.SwapAxis(x, y)),
    ("upsampling two inputs", lambda: mx.sym.UpSampling(x, y)),
    ("upsampling no input", lambda: mx.sym.UpSampling(scale=2, sample_type="nearest")),
    ("concat none", lambda: mx.sym.Concat(dim=1)),
    ("concat num_args 0", lambda: mx.sym.Concat(x, num_args=0)),
    ("concat num_args -1", lambda: mx.sym.Concat(x, num_args=-1)),
    ("stack none", lambda: mx.sym.stack(axis=1)),
    ("add_n none", lambda: mx.sym.add_n()),
    ("khatri_rao none", lambda: mx.sym.khatri_rao()),
    ("crop 4", lambda: mx.sym.Crop(x, num_args=4)),
    ("concat dim text", lambda: mx.sym.concat(x, y, dim="a")),
]
for label, make in cases:
    with mx.name.NameManager():
        try:
            print(label, "->", make().list_arguments())
        except Exception as e:      # noqa: BLE001
            text = words(e)         # (an unknown argument's listing of the parameters' docs: its first and last)
            lines = text.splitlines()
            print(label, "->", [lines[0], next(t for t in lines if "in operator" in t)]
                  if "Cannot find argument" in text else text)
