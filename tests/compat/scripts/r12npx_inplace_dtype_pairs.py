"""In-place mx.np arithmetic whose result type differs from the array's is refused by type inference before any kernel's dtype-pair check, as MXNet does."""
import mxnet as mx

mx.npx.set_np()
np = mx.np



def message(err):
    """The error's message line, without MXNet's prefix or trace."""
    lines = [ln for ln in str(err).splitlines() if ln.startswith("MXNetError:")] or str(err).splitlines()
    return lines[0].replace("MXNetError: ", "")


DTYPES = ("float16", "float32", "int8", "int32", "int64", "uint8", "bool")
for left in DTYPES:
    for right in DTYPES:
        for op in ("+=", "-=", "*=", "/="):
            a = np.array([3, 4], dtype=left)
            b = np.array([1, 2], dtype=right)
            try:
                exec(f"a {op} b")
                print(left, op, right, "->", a.dtype, a.tolist())
            except mx.MXNetError as err:
                print(left, op, right, "->", message(err))
