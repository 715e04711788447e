"""Contexts: reprs, equality, nesting, and which devices empty_cache finds memory on."""
import mxnet as mx
from _words import words


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", words(e))


for c in [mx.cpu(), mx.cpu(1), mx.gpu(), mx.gpu(3), mx.cpu_pinned(2), mx.Context("cpu", 2),
          mx.Context("cpu_shared", 0), mx.Context(mx.cpu(3)), mx.Context(mx.gpu(1), 4)]:
    print(repr(c), str(c), c.device_type, c.device_id, c.device_typeid, c == mx.Context(c), c == "cpu(0)")
for bad in ["foo", "GPU", "", None]:
    attempt(f"Context({bad!r})", lambda: mx.Context(bad))
attempt("num_gpus", mx.context.num_gpus)
attempt("gpu_memory_info", lambda: mx.context.gpu_memory_info(0))
with mx.cpu(1):
    a = mx.current_context()
    with mx.cpu(2):
        b = mx.current_context()
    print("nested", a, b, mx.current_context())
print("after", mx.current_context())
print("dict key", {mx.cpu(0): 1, mx.cpu(1): 2}[mx.Context("cpu", 1)])

print("-- empty_cache before any array")
for c in [mx.cpu(0), mx.cpu(3), mx.gpu(0), mx.cpu_pinned(0)]:
    attempt(f"{c}.empty_cache()", c.empty_cache)
x = mx.nd.zeros((2,), ctx=mx.cpu(3))
x.wait_to_read()
print("-- after an array on cpu(3)")
for c in [mx.cpu(0), mx.cpu(3), mx.cpu(5), mx.gpu(0), mx.cpu_pinned(0)]:
    attempt(f"{c}.empty_cache()", c.empty_cache)
y = mx.nd.ones((2,), ctx=mx.cpu_pinned(2))
y.wait_to_read()
print("-- after an array on cpu_pinned(2)")
for c in [mx.cpu_pinned(0), mx.cpu_pinned(2), mx.Context("cpu_shared", 0)]:
    attempt(f"{c}.empty_cache()", c.empty_cache)
