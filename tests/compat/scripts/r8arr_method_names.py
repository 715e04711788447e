# NDArray and mx.np.ndarray methods carry their class's name (NDArray.reshape): Python shows it in the TypeError
# of a call missing an argument and in a bound method's repr.
import mxnet as mx

a = mx.nd.array([1, 2])
for name in ("broadcast_to", "broadcast_like", "slice_assign", "slice_assign_scalar", "tostype", "copyto", "astype",
             "as_in_context"):
    method = getattr(a, name)
    print(name, method.__qualname__, repr(method).split(" of ")[0])
    try:
        method()
    except TypeError as e:
        print("  TypeError", e)
b = mx.np.array([1, 2])
for name in ("reshape", "sum", "copyto", "astype", "transpose", "sort"):
    method = getattr(b, name)
    print("np", name, method.__qualname__, repr(method).split(" of ")[0])
