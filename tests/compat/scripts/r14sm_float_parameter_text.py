"""A float or double parameter given as text is read as dmlc's number parser reads it: the prefix it takes is the
value, what it leaves is refused; symbols, NDArray calls and scalar operators alike."""
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

x, ones = mx.sym.var("x"), -mx.nd.ones((1,))
for text in ["F", "Fx", "f1", "e", "x", "T", "infx", "nanx", "1x", " 2 ", "2 ", " 2", "False", "false", "FALSE", "True",
             "fa", "0x10", "1e", "1e+", ".5", "5.", "+3", "--3", "in", "na", "inf", "-inf", "NaN", "infinity", "infinit",
             "", ".", "-", "e5", "1.5f", "inff", "1e5f", "1.2.3", "+.5e-1F", "-F", "nan(1)"]:
    attempt(f"nd slope={text!r}", lambda: mx.nd.LeakyReLU(ones, slope=text).asnumpy().tolist())
    attempt(f"sym slope={text!r}", lambda: mx.sym.LeakyReLU(x, slope=text, name="l").list_attr())
    attempt(f"sym eps={text!r}", lambda: mx.sym.BatchNorm(x, eps=text, name="bn").list_attr())
for scalar in [True, False, np.bool_(True), np.bool_(False)]:
    for label, make in [(f"x * {scalar!r}", lambda: (x * scalar).name), (f"{scalar!r} - x", lambda: (scalar - x).name)]:
        with mx.name.NameManager():
            try:
                print(label, "->", make())
            except Exception as e:      # noqa: BLE001  (MXNet's message is its first line)
                print(label, "->", words(e).splitlines()[0])
