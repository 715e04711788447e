"""MXNet's checks in small top-level modules: context types, default_ctx, C-int switches, bulk sizes, rtc, library."""
import warnings

import mxnet as mx
from mxnet import util


def attempt(label, fn):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            print(label, "->", fn())
        except Exception as e:
            # a native check's message follows "MXNetError: " after MXNet's C++ trace
            lines = [l[12:] for l in str(e).splitlines() if l.startswith("MXNetError: ")] or str(e).splitlines()
            print(label, "raises", type(e).__name__, lines[0] if lines else "")
    for w in caught:
        print(label, "warns", w.category.__name__, str(w.message).splitlines()[0])


for device_type in ("tpu", "CPU", 1, None):
    attempt("Context(%r)" % (device_type,), lambda: mx.Context(device_type))


def swap_default():
    old = mx.Context.default_ctx
    mx.Context.default_ctx = mx.cpu(5)
    seen = mx.current_context()
    mx.Context.default_ctx = old
    return seen, mx.current_context()


attempt("default_ctx", swap_default)
attempt("mx.num_gpus", lambda: hasattr(mx, "num_gpus"))
attempt("context.num_gpus", mx.context.num_gpus)
attempt("gpu_memory_info", lambda: mx.context.gpu_memory_info(0))
attempt("get_gpu_memory", lambda: util.get_gpu_memory(0))
attempt("compute_capability", lambda: util.get_cuda_compute_capability(mx.gpu(0)))

for active in (None, "on", 1.5, 2, 0):
    attempt("set_np_shape(%r)" % (active,), lambda: (util.set_np_shape(active), util.is_np_shape()))

for size in (3, -1, 4, 2 ** 32 + 5, 0):
    attempt("set_bulk_size(%d)" % size, lambda: mx.engine.set_bulk_size(size))


def scoped_negative():
    with mx.engine.bulk(-3):
        pass


attempt("bulk(-3)", scoped_negative)
attempt("set_bulk_size after bulk(-3)", lambda: mx.engine.set_bulk_size(0))

attempt("CudaModule", lambda: mx.rtc.CudaModule("__global__ void f() {}", options="-O3"))
attempt("CudaModule(None)", lambda: mx.rtc.CudaModule(None))
attempt("CudaModule options", lambda: mx.rtc.CudaModule("src", options=(1,)))
kernel = mx.rtc.CudaKernel(None, "axpy", [True, False], [0, 1])
attempt("kernel dtypes", lambda: kernel._dtypes)
attempt("CudaKernel bad dtype", lambda: mx.rtc.CudaKernel(None, "f", [True], [99]))
x = mx.nd.ones((2,))
attempt("launch cpu", lambda: kernel.launch([x, 1.0], mx.cpu(), (1, 1, 1), (1, 1, 1)))
attempt("launch grid", lambda: kernel.launch([x, 1.0], mx.gpu(), (1, 1), (1, 1, 1)))
attempt("launch block", lambda: kernel.launch([x, 1.0], mx.gpu(), (1, 1, 1), (1,)))
attempt("launch nargs", lambda: kernel.launch([x], mx.gpu(), (1, 1, 1), (1, 1, 1)))
attempt("launch number for array", lambda: kernel.launch([1.0, 1.0], mx.gpu(), (1, 1, 1), (1, 1, 1)))
attempt("launch", lambda: kernel.launch([x, 1.0], mx.gpu(), (1, 1, 1), (1, 1, 1)))

import numpy.core._multiarray_umath as native      # a loadable .so that is no MXNet extension
attempt("library.load", lambda: mx.library.load(native.__file__))


class Tagging(type):
    def __new__(mcs, name, bases, namespace):
        namespace["tag"] = name
        return super().__new__(mcs, name, bases, namespace)


class Derived(mx.base.with_metaclass(Tagging, object)):
    pass


attempt("with_metaclass", lambda: (type(mx.base.with_metaclass(Tagging)).__name__, type(Derived).__name__,
                                   Derived.__mro__[1:], Derived.tag))
attempt("op submodule", lambda: mx.base._get_op_submodule_name("sum", "_np_", mx.base._NP_OP_SUBMODULE_LIST))

pair = mx.sym.Group([mx.sym.var("a"), mx.sym.var("b")])
attempt("group _set_attr number", lambda: pair._set_attr(x=1))
attempt("group _set_attr", lambda: pair._set_attr(x="1"))
attempt("group _set_attr nothing", lambda: pair._set_attr())
