"""nd.save/nd.load of 0-d arrays outside NumPy shape semantics (MXNet writes an unknown shape and misreads the rest
of the file), NUL characters in names and file names (C strings), and load_frombuffer of a str."""
# recorded on AVX2
import os
import shutil
import tempfile

from mxnet import nd
from _words import words

folder = tempfile.mkdtemp()
path = os.path.join(folder, "arrays.params")


def show(label, fn):
    try:
        out = fn()
        out = {k: (v.dtype.__name__, v.shape, v.asnumpy().tolist()) for k, v in out.items()} if isinstance(out, dict) \
            else [(v.dtype.__name__, v.shape, v.asnumpy().tolist()) for v in out]
        print(label, "->", out)
    except Exception as e:
        print(label, "!", words(e))


def round_trip(data):
    nd.save(path, data)
    return nd.load(path)


for value, dtype in [(-2.0, "float32"), (0.0, "float32"), (1.0, "float16"), (-2.0, "float64"), (-2, "int64"),
                     (0, "int32"), (254, "uint8"), (-2, "int8"), (0, "bool")]:
    scalar = nd.array(value, dtype=dtype)
    show("0-d %s %s" % (value, dtype), lambda: round_trip(scalar))
    show("0-d %s %s in a list" % (value, dtype), lambda: round_trip([scalar, nd.ones((2,))]))
    show("0-d %s %s named" % (value, dtype), lambda: round_trip({"x": scalar}))
    show("0-d %s %s after" % (value, dtype), lambda: round_trip([nd.ones((2,)), scalar]))

for key in ["a\x00b", "\x00", "", "ü/x:y", "k" * 50]:
    show("key %r" % key[:12], lambda: round_trip({key: nd.ones((1,)), "z": nd.zeros((1,))}))
nd.save(path + "\x00ignored", [nd.arange(3)])
show("file name with NUL", lambda: nd.load(path))
show("load name with NUL", lambda: nd.load(path + "\x00more"))
with open(path, "rb") as f:
    raw = f.read()
for label, buf in [("str of the file", raw.decode("latin-1")), ("str abc", "abc"), ("str x*40", "x" * 40),
                   ("str of U+0112", "\u0112\x01" * 12), ("bytearray", bytearray(raw)), ("memoryview", memoryview(raw))]:
    show("frombuffer " + label, lambda: nd.load_frombuffer(buf))
shutil.rmtree(folder)
