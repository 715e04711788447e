"""Partial shape inference of BatchNorm (parameters set from the data's channels), LayerNorm (parameters checked
against them) and Concat (inputs of known rank checked against those before them), as MXNet 1.9.1 infers them."""
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

x, c = mx.sym.var("x"), mx.sym.var("c")
cases = [(lambda: mx.sym.BatchNorm(x, name="bn"), [dict(x=(2, 0), bn_gamma=(3,)), dict(x=(2, 0), bn_gamma=(3, 2)),
                                                   dict(x=(2, 0, 4), bn_gamma=(0,)), dict(x=(0,)), dict(x=(0, 0)),
                                                   dict(x=(2, 3), bn_gamma=(3, 0)), dict(x=(2, 3), bn_gamma=(0, 3))]),
         (lambda: mx.sym.LayerNorm(x, name="ln"), [dict(x=(2, 4), ln_gamma=(4, 0)), dict(x=(2, 4), ln_gamma=(0,)),
                                                   dict(x=(2, 0), ln_gamma=(3, 1)), dict(x=(0, 4), ln_beta=(1, 1, 3)),
                                                   dict(x=(2, 4), ln_gamma=(0, 4))]),
         (lambda: mx.sym.concat(x, c, dim=0, name="cc"), [dict(x=(0, 2), c=(1,)), dict(x=(2, 0), c=(3,)),
                                                          dict(x=(0, 2), c=(3, 0)), dict(x=(2, 3), c=(0, 3))]),
         (lambda: mx.sym.concat(x, c, dim=1, name="cc"), [dict(x=(0, 0), c=(1,)), dict(x=(2, 4, 3), c=(0, 3)),
                                                          dict(x=(2, 0), c=(0, 5)), dict(c=(2, 3))])]
for make, given in cases:
    for shapes in given:
        with mx.name.NameManager():
            try:
                print(shapes, "->", make().infer_shape_partial(**shapes))
            except mx.base.MXNetError as e:     # (MXNet's message: the first line)
                print(shapes, "->", words(e).splitlines()[0])
