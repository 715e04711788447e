"""mx.rtc's refusals without CUDA print MXNet's full error text (the C API source line of creation and launch), with its argument checks; mx.library.load's refusals, with the loader's words and MXNet's source lines."""
import _ctypes
import os
import tempfile

import mxnet as mx


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "raises", type(e).__name__, str(e).replace(__file__, "<this script>"))


src = 'extern "C" __global__ void axpy(const float *x, float *y, float alpha) { y[threadIdx.x] += alpha * x[threadIdx.x]; }'
attempt("module", lambda: mx.rtc.CudaModule(src))
attempt("module options/exports", lambda: mx.rtc.CudaModule(src, options=("-O3",), exports=("axpy",)))
attempt("module one string", lambda: mx.rtc.CudaModule(src, options="-O3", exports="axpy"))
attempt("module int source", lambda: mx.rtc.CudaModule(3))
attempt("module bytes source", lambda: mx.rtc.CudaModule(b"x"))
attempt("module int export", lambda: mx.rtc.CudaModule("x", exports=["a", 3]))
kernel = mx.rtc.CudaKernel(None, "axpy", [True, False], [0, 0])
args = [mx.nd.ones(2), 2.0]
attempt("launch", lambda: kernel.launch(args, mx.gpu(0), (1, 1, 1), (2, 1, 1)))
attempt("launch shared_mem", lambda: kernel.launch(args, mx.gpu(0), (1, 1, 1), (2, 1, 1), shared_mem=3))
attempt("launch cpu", lambda: kernel.launch(args, mx.cpu(0), (1, 1, 1), (2, 1, 1)))
attempt("launch few args", lambda: kernel.launch(args[:1], mx.gpu(0), (1, 1, 1), (2, 1, 1)))
attempt("launch number for array", lambda: kernel.launch([2.0, 2.0], mx.gpu(0), (1, 1, 1), (2, 1, 1)))
attempt("launch str for number", lambda: kernel.launch([args[0], "a"], mx.gpu(0), (1, 1, 1), (2, 1, 1)))
attempt("launch 2 grid dims", lambda: kernel.launch(args, mx.gpu(0), (1, 1), (2, 1, 1)))
attempt("launch 2 block dims", lambda: kernel.launch(args, mx.gpu(0), (1, 1, 1), (2, 1)))
attempt("kernel bad dtype", lambda: mx.rtc.CudaKernel(None, "f", [True], ["float"]))
for path in ("/tmp/no_such_lib.so", "no_such_lib.so", __file__, "/etc", ""):
    attempt("load %r" % path.rsplit("/", 1)[-1], lambda: mx.library.load(path))
attempt("load quiet", lambda: mx.library.load(__file__, verbose=False))
with tempfile.TemporaryDirectory() as tmp:
    empty = os.path.join(tmp, "empty.so")
    open(empty, "wb").close()
    try:
        mx.library.load(empty)
    except Exception as e:
        print("load empty raises", type(e).__name__, str(e).replace(tmp, "<tmp>"))
try:        # a shared object that is no MXNet operator library: it lacks _opVersion
    mx.library.load(_ctypes.__file__)
except Exception as e:
    print("load foreign raises", type(e).__name__, str(e).replace(_ctypes.__file__, "<lib>"))
