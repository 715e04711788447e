"""Concat refuses mixed types after its shape check in MXNet's words, the Sequence ops refuse bool data or lengths at the call, and amp_cast to int32 saturates only when the size is not whole 4-float vectors."""
import mxnet as mx

nd = mx.nd
PHRASES = ("Unknown type enum", "Non-uniform data type", "Incompatible input shape", "Incompatible attr",
           "Shape inconsistent", "Current implementation expects")


def essence(text):
    hits = [text[text.index(p):].splitlines()[0] for p in PHRASES if p in text]
    return min(hits, key=len).split(";")[0].split(": the")[0] if hits else "?"


def show(title, f):
    try:
        y = f()
    except mx.base.MXNetError as e:
        print(title, "| at the call:", essence(str(e)))
        return
    try:
        print(title, "|", y.shape, y.dtype.__name__, y.asnumpy().ravel().tolist()[:6])
    except mx.base.MXNetError as e:
        print(title, "| when read:", essence(str(e)))


for op in ("SequenceMask", "SequenceLast", "SequenceReverse"):
    for dt in ("bool", "int8", "float16", "float64"):
        for ldt in ("bool", "int32", "float32"):
            show(f"{op} {dt} lengths {ldt}", lambda: getattr(nd, op)(
                nd.ones((3, 2), dtype=dt), nd.array([1, 2], dtype=ldt), use_sequence_length=True))
        show(f"{op} {dt} no lengths", lambda: getattr(nd, op)(nd.ones((3, 2), dtype=dt)))
    show(f"{op} bool lengths of the wrong shape", lambda: getattr(nd, op)(
        nd.ones((3, 2), dtype="bool"), nd.ones((3,)), use_sequence_length=True))
    show(f"{op} bool axis 3", lambda: getattr(nd, op)(nd.ones((3, 2), dtype="bool"), axis=3))

for dt in ("bool", "int8", "float16"):
    show(f"concat {dt} float32", lambda: nd.concat(nd.ones((1, 2), dtype=dt), nd.ones((1, 2)), dim=0))
    show(f"concat {dt} float32 of another shape", lambda: nd.concat(nd.ones((1, 2), dtype=dt), nd.ones((1, 3)), dim=0))
    show(f"concat {dt} {dt}", lambda: nd.concat(nd.ones((1, 2), dtype=dt), nd.ones((1, 2), dtype=dt), dim=0))
    show(f"concat {dt} {dt} float64", lambda: nd.concat(nd.ones((1, 2), dtype=dt), nd.ones((1, 2), dtype=dt),
                                                        nd.ones((1, 2), dtype="float64"), dim=0))

odd = [1e10, -1e10, 3e38, float("inf"), float("-inf"), float("nan"), 2.5, -3.5]
for n in (1, 3, 4, 6, 8, 12, 17, 40):
    for dt in ("int32", "int8", "uint8"):
        print("amp_cast", n, dt, nd.amp_cast(nd.array((odd * 6)[:n]), dtype=dt).asnumpy().tolist()[:8])
