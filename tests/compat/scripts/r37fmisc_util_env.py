"""mx.util.getenv/setenv work on the C library's environment (os.environ is not changed) and ignore the C library's refusal of a bad name; test_utils.environment on top of them."""
import os

import mxnet as mx
from mxnet import test_utils as tu
from mxnet import util


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "raises", type(e).__name__, str(e))


os.environ["MXNET_R37_A"] = "x"
attempt("getenv os.environ", lambda: util.getenv("MXNET_R37_A"))
attempt("getenv int", lambda: util.getenv(3))
attempt("getenv bytes", lambda: util.getenv(b"MXNET_R37_A"))
attempt("getenv empty", lambda: util.getenv(""))
attempt("setenv", lambda: (util.setenv("MXNET_R37_A", "\u00e9"), util.getenv("MXNET_R37_A"), os.environ["MXNET_R37_A"]))
attempt("setenv empty name", lambda: util.setenv("", "a"))
attempt("setenv name with =", lambda: (util.setenv("MXNET_R37=B", "a"), util.getenv("MXNET_R37")))
attempt("unset empty name", lambda: util.setenv("", None))
attempt("setenv empty value", lambda: (util.setenv("MXNET_R37_B", ""), util.getenv("MXNET_R37_B")))
attempt("unset", lambda: (util.setenv("MXNET_R37_B", None), util.getenv("MXNET_R37_B")))
attempt("setenv bytes name", lambda: util.setenv(b"MXNET_R37_C", "a"))
attempt("setenv bytes value", lambda: util.setenv("MXNET_R37_C", b"a"))
attempt("setenv int value", lambda: util.setenv("MXNET_R37_C", 3))
attempt("test_utils getenv", lambda: tu.getenv("MXNET_R37_A"))


def scoped():
    out = []
    with tu.environment("MXNET_R37_D", "v"):
        out.append((util.getenv("MXNET_R37_D"), os.environ.get("MXNET_R37_D")))
    out.append((util.getenv("MXNET_R37_D"), os.environ.get("MXNET_R37_D")))
    os.environ["MXNET_R37_E"] = "orig"
    with tu.environment({"MXNET_R37_E": None}):
        out.append((util.getenv("MXNET_R37_E"), os.environ.get("MXNET_R37_E")))
    out.append((util.getenv("MXNET_R37_E"), os.environ.get("MXNET_R37_E")))
    return out


attempt("environment", scoped)
attempt("environment no args", lambda: tu.environment().__enter__())
attempt("environment int value", lambda: tu.environment({"MXNET_R37_F": 1}).__enter__())
