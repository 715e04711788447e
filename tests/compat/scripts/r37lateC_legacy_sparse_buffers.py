"""Legacy nd.fill_element_0index and nd.onehot_encode on sparse arrays: their kernels read (and onehot_encode writes) a
sparse array's stored values as they are, with no storage fallback; mismatched buffers fail when the result is read."""
import mxnet as mx


def rsp(a, dtype="float32"):
    return mx.nd.array(a, dtype=dtype).tostype("row_sparse")


def csr(a, dtype="float32"):
    return mx.nd.array(a, dtype=dtype).tostype("csr")


KINDS = {"d": mx.nd.array, "r": rsp, "c": csr}


def shown(label, call):
    try:
        r = call()
    except Exception as e:
        print(label, "call EXC", type(e).__name__, str(e).replace("\n", " | ")[:300])
        return None
    try:
        print(label, type(r).__name__, r.stype, r.asnumpy().tolist(),
              r.indices.asnumpy().tolist() if r.stype == "row_sparse" else "")
    except Exception as e:
        print(label, type(r).__name__, "read EXC", type(e).__name__, str(e).replace("\n", " | ")[:300])
    return r


for L in ([[1, 2, 3], [0, 0, 0], [4, 5, 6]], [[1, 2, 3], [1, 1, 1], [4, 5, 6]]):
    for M in ([9, 8, 7], [9, 0, 7]):
        for R in ([0, 2, 1], [1, 0, 5]):
            for kinds in ("ddd", "ddr", "drd", "drr", "rdd", "rdr", "rrd", "rrr", "cdd", "crr"):
                lhs = KINDS[kinds[0]](L)
                shown(f"fill {L[1]} {M} {R} {kinds}",
                      lambda: mx.nd.fill_element_0index(lhs, KINDS[kinds[1]](M), KINDS[kinds[2]](R)))
                print("   lhs kept", lhs.asnumpy().tolist())
for dts in (("float64", "float32", "float32"), ("float32", "float32", "float64"), ("float32", "float16", "float32")):
    for kinds in ("ddd", "rrr", "cdd"):
        shown(f"fill {dts} {kinds}", lambda: mx.nd.fill_element_0index(
            KINDS[kinds[0]]([[1, 2], [3, 4]], dts[0]), KINDS[kinds[1]]([5, 6], dts[1]), KINDS[kinds[2]]([1, 0], dts[2])))
x = rsp([[1, 2], [3, 4]])
shown("fill out=lhs", lambda: mx.nd.fill_element_0index(x, mx.nd.array([7, 8]), mx.nd.array([1, 0]), out=x))
shown("fill wrong rows", lambda: mx.nd.fill_element_0index(rsp([[1, 2]]), mx.nd.array([7, 8]), mx.nd.array([1, 0])))

for I in ([0, 2, 1], [0, 2, 0], [1, 2, 1], [0, 5, 0]):
    for O in ([[0, 0, 0]] * 3, [[1, 1, 1], [0, 0, 0], [1, 1, 1]], [[1, 1, 1]] * 3):
        for kinds in ("dd", "dr", "dc", "rd", "rr", "rc"):
            out = KINDS[kinds[1]](O)
            r = shown(f"onehot {I} {O[0]}{O[1]} {kinds}", lambda: mx.nd.onehot_encode(KINDS[kinds[0]](I), out))
            print("   same", r is out)
            shown("   out", lambda: out)
shown("onehot f64 out", lambda: mx.nd.onehot_encode(rsp([0, 1]), rsp([[1, 1], [1, 1]], "float64")))
shown("onehot f16 idx", lambda: mx.nd.onehot_encode(rsp([0, 1], "float16"), rsp([[1, 1], [1, 1]])))
shown("onehot 3 vs 2", lambda: mx.nd.onehot_encode(rsp([0, 1, 1]), rsp([[1, 1], [1, 1]])))
shown("_onehot_encode", lambda: mx.nd._internal._onehot_encode(rsp([1, 0]), rsp([[1, 1], [1, 1]])))
o = rsp([[1, 1], [1, 1]])
shown("_onehot_encode out=", lambda: mx.nd._internal._onehot_encode(rsp([1, 0]), o, out=o))
mx.nd.waitall()
