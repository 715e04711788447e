"""mx.test_utils.environment is a generator context manager checked on entry, and rand_ndarray names no unknown storage type."""
import os

import mxnet as mx

T = mx.test_utils


def show(name, f):
    try:
        print(name, f())
    except Exception as e:      # noqa: BLE001 - the point is to print it
        print(name, type(e).__name__, str(e).splitlines()[0] if str(e) else "")


show("type", lambda: type(T.environment("MXNET_R11_A", "1")).__name__)
show("bad args", lambda: T.environment(5).__enter__())
show("three args", lambda: T.environment("A", "1", "2").__enter__())
with T.environment("MXNET_R11_A", "1"):
    print(os.environ.get("MXNET_R11_A"), mx.util.getenv("MXNET_R11_A"))
    with T.environment({"MXNET_R11_A": None, "MXNET_R11_B": "2"}):
        print(os.environ.get("MXNET_R11_A"), os.environ.get("MXNET_R11_B"))
    print(os.environ.get("MXNET_R11_A"), os.environ.get("MXNET_R11_B"))
print(os.environ.get("MXNET_R11_A"))


@T.environment("MXNET_R11_C", "3")
def read():
    return os.environ.get("MXNET_R11_C")


print(read(), read(), os.environ.get("MXNET_R11_C"))
show("stype", lambda: T.rand_ndarray((2,), "bad"))
