"""mx.base.check_call (re-exported as mx.nd.sparse.check_call) raises, for a non-zero return code, a new error of the last failed C++ check's message, and IndexError while none has failed."""
import mxnet as mx


def attempt(label, call):
    try:
        print(label, repr(call()))
    except Exception as e:
        print(label, type(e).__name__, repr(str(e)))


def fail(label, call):
    try:
        call()
    except Exception as e:
        print(label, "failed:", type(e).__name__)


print(mx.nd.sparse.check_call is mx.base.check_call)
for ret in [0, 0.0, False, 1, -1, None, "x"]:
    attempt(f"before {ret!r}", lambda: mx.base.check_call(ret))
attempt("last before", lambda: mx.base.get_last_ffi_error())
fail("reshape", lambda: mx.nd.ones((2,)).reshape((3,)))
attempt("after reshape", lambda: mx.base.check_call(1))
attempt("sparse after reshape", lambda: mx.nd.sparse.check_call(-2))
attempt("zero after reshape", lambda: mx.nd.sparse.check_call(0))
fail("add", lambda: mx.nd.ones((2, 3)) + mx.nd.ones((4, 5)))
attempt("after add", lambda: mx.nd.sparse.check_call(3))
fail("dtype", lambda: mx.nd.zeros((2,), dtype="foo"))
fail("python index", lambda: mx.nd.array([1, 2]).asnumpy()[5])
attempt("after python errors", lambda: mx.base.check_call(1))
fail("transpose", lambda: mx.np.transpose(mx.np.ones((2, 3)), axes=(0, 0)))
attempt("after a ValueError check", lambda: mx.base.check_call(1))
fail("uninitialized", lambda: mx.gluon.nn.Dense(2).weight.data())
net = mx.gluon.nn.Dense(2)
net.initialize()
net(mx.nd.ones((1, 3)))
attempt("after deferred initialization", lambda: mx.base.check_call(1))
first = mx.base.get_last_ffi_error()
print(type(first).__name__, first is mx.base.get_last_ffi_error(), str(first) == str(mx.base.get_last_ffi_error()))
