"""mx.np binary functions refuse dtype pairs in MXNet's type-inference words, and unary math on bool fails on reading."""
import mxnet as mx

mx.npx.set_np()
np = mx.np

ARR = {d: np.array([[1, 2, 3], [4, 0, 6]]).astype(d) for d in ("float16", "float32", "int32", "int64", "bool")}


def first_line(err):
    """The check message without MXNet's own prefix."""
    lines = [ln for ln in str(err).splitlines() if "Check failed" in ln or ln.startswith("MXNetError") or
             "Type inconsistent" in ln or "type enum" in ln]
    return (lines[0] if lines else str(err).splitlines()[0]).replace("MXNetError: ", "")


def show(label, fn):
    try:
        out = fn()
        out.wait_to_read()
        text = f"{out.dtype} {out.shape} {out.tolist()}"
    except mx.MXNetError as err:
        text = f"MXNetError: {first_line(err)}"
    print(f"{label}: {text}")


UNARY = ("sin", "abs", "negative", "sqrt", "floor", "around", "reciprocal", "degrees")
for op in UNARY:        # (before any failed read: MXNet's engine reports a failure to later reads too)
    show(f"{op}(empty bool)", lambda: getattr(np, op)(np.zeros((0, 2), dtype=bool)))
for op in ("maximum", "copysign", "ldexp", "bitwise_or", "lcm", "hypot", "arctan2", "equal", "less_equal"):
    for a, b in (("int64", "int32"), ("float16", "float32"), ("bool", "int32"), ("int32", "bool"),
                 ("float32", "int32"), ("int32", "float32"), ("float32", "float32"), ("int32", "int32"),
                 ("bool", "bool")):
        show(f"{op}({a}, {b})", lambda: getattr(np, op)(ARR[a], ARR[b]))
    show(f"{op}(float32, 2)", lambda: getattr(np, op)(ARR["float32"], 2))
    show(f"{op}(3, float16)", lambda: getattr(np, op)(3, ARR["float16"]))

for op in UNARY:
    result = getattr(np, op)(np.array([True, False], dtype=bool))
    print(op, "of bool gives", result.dtype, result.shape)
    show(f"{op}(bool) read", lambda: result)
show("around(float16)", lambda: np.around(ARR["float16"]))
empty = np.sin(np.zeros((0, 2), dtype=bool))
print("asnumpy of empty sin(bool):", empty.asnumpy().dtype, empty.asnumpy().shape)
try:
    mx.npx.waitall()
    print("waitall: nothing kept")
except mx.MXNetError as err:
    print("waitall raises the kept failure:", first_line(err))

# an out= array of another dtype: MXNet's type names have none for bool
FLAGS = ARR["bool"]
show("equal(bool, bool, out=float32)", lambda: np.equal(FLAGS, FLAGS, out=np.zeros((2, 3))))
show("add(float32, 1.0, out=bool)", lambda: np.add(ARR["float32"], 1.0, out=np.zeros((2, 3), dtype=bool)))
show("less(int32, 2, out=int32)", lambda: np.less(ARR["int32"], 2, out=np.zeros((2, 3), dtype="int32")))
show("sum(float32, out=bool)", lambda: np.sum(ARR["float32"], axis=0, out=np.zeros((3,), dtype=bool)))

# unary math assigns its input's shape, then dtype, to an out= array
show("sqrt(int32, out=float32)", lambda: np.sqrt(ARR["int32"], out=np.zeros((2, 3))))
show("sin(float16, out=(float32,))", lambda: np.sin(ARR["float16"], out=(np.zeros((2, 3)),)))
show("abs(float32, out=bool)", lambda: np.abs(ARR["float32"], out=np.zeros((2, 3), dtype=bool)))
show("floor(float32, out=(3,) float64)", lambda: np.floor(ARR["float32"], out=np.zeros((3,), dtype="float64")))
show("negative(int32, out=int32)", lambda: np.negative(ARR["int32"], out=np.zeros((2, 3), dtype="int32")))

# binary functions of two arrays: the out= shape is inferred first; ops assigning one dtype refuse another there
V = np.array([3.0, 1.0, 2.0])
show("add(float32, (3,), out=(3,))", lambda: np.add(ARR["float32"], V, out=np.zeros((3,))))
show("add(float32, (3,), out=float64)", lambda: np.add(ARR["float32"], V, out=np.zeros((2, 3), dtype="float64")))
show("maximum(bool, bool, out=int32)", lambda: np.maximum(ARR["bool"], ARR["bool"], out=np.zeros((2, 3), dtype="int32")))
show("copysign(int32, int32, out=float32)", lambda: np.copysign(ARR["int32"], ARR["int32"], out=np.zeros((2, 3))))
show("bitwise_or(float32, float32, out=float64)",
     lambda: np.bitwise_or(ARR["float32"], ARR["float32"], out=np.zeros((2, 3), dtype="float64")))
show("lcm(int32, int32, out=(1, 2, 3))", lambda: np.lcm(ARR["int32"], ARR["int32"], out=np.zeros((1, 2, 3))))
show("equal(float32, float32, out=(3,))", lambda: np.equal(ARR["float32"], ARR["float32"], out=np.zeros((3,))))
show("add(int32, 2, out=float64)", lambda: np.add(ARR["int32"], 2, out=np.zeros((2, 3), dtype="float64")))
show("power(int32, int32, out=int32)", lambda: np.power(ARR["int32"], ARR["int32"], out=np.zeros((2, 3), dtype="int32")))
show("invert(int32, out=float32)", lambda: np.invert(ARR["int32"], out=np.zeros((2, 3))))
show("invert(int32, out=(bool,))", lambda: np.invert(ARR["int32"], out=(np.zeros((2, 3), dtype=bool),)))
show("bitwise_not(int64, out=int64)", lambda: np.bitwise_not(ARR["int64"], out=np.zeros((2, 3), dtype="int64")))
show("hypot(int32, int32, out=float32)", lambda: np.hypot(ARR["int32"], ARR["int32"], out=np.zeros((2, 3))))
show("arctan2(bool, bool, out=float32)", lambda: np.arctan2(ARR["bool"], ARR["bool"], out=np.zeros((2, 3))))
show("arctan2(float32, float32, out=float16)",
     lambda: np.arctan2(ARR["float32"], ARR["float32"], out=np.zeros((2, 3), dtype="float16")))
